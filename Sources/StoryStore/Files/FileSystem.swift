import CFileSync
import StoryKit
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The few POSIX calls the store needs, with the durability rules in one place:
/// a file becomes visible only complete (`writeAtomically`), and a batch of
/// files is made durable with one flush instead of one per file.
enum FileSystem {
    static func reason(for code: Int32) -> String {
        switch code {
        case ENOENT: "no such file or folder"
        case EACCES, EPERM: "permission denied"
        case EROFS: "the file system is read-only"
        case ENOSPC: "no space left on the disk"
        case EDQUOT: "disk quota exceeded"
        case EISDIR: "is a folder"
        case ENOTDIR: "a part of the path is not a folder"
        case EIO: "input/output error"
        default: String(cString: strerror(code)).lowercased()
        }
    }

    static func exists(_ path: String) -> Bool {
        access(path, F_OK) == 0
    }

    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    static func fileSize(_ path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Int(info.st_size)
    }

    /// `mkdir -p`.
    static func createDirectory(_ path: String) throws(StoreError) {
        if isDirectory(path) { return }
        let parent = parentPath(path)
        if !parent.isEmpty && parent != path { try createDirectory(parent) }
        if mkdir(path, 0o755) != 0 && errno != EEXIST { throw .system("create the folder", path) }
    }

    static func parentPath(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// Reads a whole file (a story, the journal, a log) with the same reader as pages.
    static func readFile(_ path: String) throws(StoreError) -> [UInt8] {
        do {
            return try PageFile.read(path)
        } catch {
            throw StoreError("cannot read \(path): \(error.reason)")
        }
    }

    /// The bytes of a file from `offset` to its end (empty when it is no longer than
    /// that), for reading only what an append-only log gained; nil when it cannot be read.
    static func readFile(_ path: String, from offset: Int) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        let count = max(0, Int(info.st_size) - offset)
        var bytes = [UInt8](repeating: 0, count: count)
        var done = 0
        while done < count {
            let got = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress! + done, count - done, off_t(offset + done)) }
            if got < 0 && errno == EINTR { continue }
            guard got > 0 else { break }
            done += got
        }
        return done == count ? bytes : Array(bytes.prefix(done))
    }

    /// Writes `bytes` to `path` with no durability promise; callers flush and rename.
    /// Writes `bytes` to `path`. With `creatingFolder`, a missing parent folder is made
    /// on the first failure rather than checked before every file, which saves a lookup per page.
    static func writeFile(_ path: String, _ bytes: [UInt8], sync: Bool = false, creatingFolder: Bool = false) throws(StoreError) {
        var descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        if descriptor < 0 && errno == ENOENT && creatingFolder {
            try createDirectory(parentPath(path))
            descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        }
        guard descriptor >= 0 else { throw .system("write", path) }
        var failure = bytes.withUnsafeBytes { writeAll($0, to: descriptor) }
        if failure == 0 && sync && fsync(descriptor) != 0 { failure = errno }
        if close(descriptor) != 0 && failure == 0 { failure = errno }
        if failure != 0 {
            unlink(path)
            throw .system("write", path, failure)
        }
    }

    /// Writes all of `buffer` at the descriptor's offset, through short writes and
    /// interruptions; returns 0, or the error (ENOSPC when nothing more would go).
    static func writeAll(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32 {
        var done = 0
        while done < buffer.count {
            let wrote = write(descriptor, buffer.baseAddress! + done, buffer.count - done)
            if wrote < 0 && errno == EINTR { continue }
            if wrote <= 0 { return wrote < 0 ? errno : ENOSPC }
            done += wrote
        }
        return 0
    }

    /// Appends `bytes` with one write and one flush (a log line or a few): a crash leaves
    /// the file as it was or with a torn tail, which the log's reader skips.
    static func append(_ bytes: [UInt8], to path: String) throws(StoreError) {
        guard !bytes.isEmpty else { return }
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .system("write", path) }
        defer { close(descriptor) }
        let wrote = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        guard wrote == bytes.count else { throw .system("write", path, wrote < 0 ? errno : ENOSPC) }
        guard fsync(descriptor) == 0 else { throw .system("flush", path) }
    }

    /// Temp file, fsync, rename, fsync of the folder: the file is either the old one or the
    /// whole new one. Without `sync`, only the rename is atomic, for files whose loss after
    /// a power cut costs time, not data.
    static func writeAtomically(_ path: String, _ bytes: [UInt8], temporaryFolder: String, sync: Bool = true) throws(StoreError) {
        try writeAtomically(path, temporaryFolder: temporaryFolder, sync: sync) { output throws(StoreError) in try output.write(bytes) }
    }

    /// Writes a file beside `path` through `body`, then moves it into place, as the form
    /// above does: for a file too large to build in memory first.
    static func writeAtomically(
        _ path: String, temporaryFolder: String, sync: Bool = true, writing body: (inout FileOutput) throws(StoreError) -> Void
    ) throws(StoreError) {
        let temporary = temporaryFolder + "/" + uniqueName(for: path)
        var descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        if descriptor < 0 && errno == ENOENT {
            try createDirectory(temporaryFolder)
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        }
        guard descriptor >= 0 else { throw .system("write", temporary) }
        do throws(StoreError) {
            var output = FileOutput(descriptor: descriptor, path: temporary)
            try body(&output)
            try output.flush()
            if sync && fsync(descriptor) != 0 { throw .system("write", temporary) }
            let closed = close(descriptor)
            descriptor = -1
            if closed != 0 { throw .system("write", temporary) }
        } catch {
            if descriptor >= 0 { close(descriptor) }
            unlink(temporary)
            throw error
        }
        try rename(temporary, to: path)
        if sync { try syncDirectory(parentPath(path)) }
    }

    /// Moves `from` to `to`; with `creatingFolder`, makes a missing folder for `to` first.
    /// A file that cannot be moved is removed, so no temp file outlives a failure.
    static func rename(_ from: String, to: String, creatingFolder: Bool = false) throws(StoreError) {
        var result = Glibc.rename(from, to)
        if result != 0 && errno == ENOENT && creatingFolder && exists(from) {
            try createDirectory(parentPath(to))
            result = Glibc.rename(from, to)
        }
        if result != 0 {
            let code = errno
            unlink(from)
            throw .system("move a file into place at", to, code)
        }
    }

    static func remove(_ path: String) {
        unlink(path)
    }

    static func syncDirectory(_ path: String) throws(StoreError) {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .system("open the folder", path) }
        defer { close(descriptor) }
        if fsync(descriptor) != 0 && errno != EINVAL { throw .system("flush the folder", path) }
    }

    /// Flushes every written file of the file system holding `path`: one flush per batch of pages.
    static func syncFileSystem(containing path: String) throws(StoreError) {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .system("open the folder", path) }
        defer { close(descriptor) }
        if byline_syncfs(descriptor) != 0 { throw .system("flush the disk holding", path) }
    }

    /// Names of the entries of a folder (no `.` or `..`), or nil when it cannot be listed.
    static func list(_ path: String) -> [String]? {
        listWithKinds(path)?.map(\.name)
    }

    /// A folder's entries with whether each is a folder, from the listing itself when the
    /// file system says (no `stat` per file); `nil` when it does not, or for a symbolic link.
    static func listWithKinds(_ path: String) -> [(name: String, isFolder: Bool?)]? {
        guard let directory = opendir(path) else { return nil }
        defer { closedir(directory) }
        var entries: [(name: String, isFolder: Bool?)] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
            }
            guard name != "." && name != ".." else { continue }
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_DIR): entries.append((name, true))
            case Int32(DT_REG): entries.append((name, false))
            default: entries.append((name, nil))
            }
        }
        return entries
    }

    private static let processID = getpid()
    private static let counter = Atomic<Int>(0)

    /// A temp name no other writer in this or another process will pick.
    static func uniqueName(for path: String) -> String {
        let number = counter.wrappingAdd(1, ordering: .relaxed).newValue
        let base = path.split(separator: "/").last.map(String.init) ?? "file"
        return "\(base).\(processID).\(number).tmp"
    }
}
