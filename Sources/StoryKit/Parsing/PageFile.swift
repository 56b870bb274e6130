#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a page file whole, with reasons a person can act on when it fails.
public enum PageFile {
    /// The largest page Byline reads (8 MiB), on disk or once decompressed: far above any
    /// real article page, low enough that one hostile file cannot exhaust memory.
    public static let sizeLimit = 8 << 20

    /// Why a file could not be read, phrased to follow `path: `.
    public struct ReadError: Error, Hashable, Sendable, CustomStringConvertible {
        public let reason: String
        public var description: String { reason }
    }

    public static func read(_ path: String, limit: Int = .max) throws(ReadError) -> [UInt8] {
        try readWithStatus(path, limit: limit).bytes
    }

    /// Reads the file, and hands back what `fstat` said of the open file just before the
    /// read (so the status is that of the file read, not of whatever the path names later).
    public static func readWithStatus(_ path: String, limit: Int = .max) throws(ReadError) -> (bytes: [UInt8], status: stat) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw ReadError(reason: reason(for: errno)) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw ReadError(reason: reason(for: errno)) }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw ReadError(reason: "is a directory") }
        if Int(info.st_size) > limit {
            throw ReadError(reason: "too large (\(Int(info.st_size)) bytes; the limit is \(limit))")
        }
        // A regular file whose read comes up short has ended, so a page usually takes one
        // read; files whose size the system does not report (pipes, /proc) grow the buffer.
        let isRegular = (info.st_mode & S_IFMT) == S_IFREG
        let ceiling = limit < Int.max ? limit + 1 : limit
        // The first buffer is filled straight from the file, without zeroing it first.
        var read = Fill(count: 0, ended: false, failure: 0)
        var bytes = [UInt8](unsafeUninitializedCapacity: min(max(Int(info.st_size) + 1, 1 << 12), ceiling)) { buffer, count in
            read = fill(buffer.baseAddress!, buffer.count, from: descriptor, regular: isRegular)
            count = read.count
        }
        var filled = read.count
        while read.failure == 0 && !read.ended {
            if filled > limit { throw ReadError(reason: "too large (over \(limit) bytes)") }
            bytes.append(contentsOf: repeatElement(0, count: min(bytes.count, ceiling - bytes.count)))
            read = bytes.withUnsafeMutableBufferPointer { fill($0.baseAddress! + filled, $0.count - filled, from: descriptor, regular: isRegular) }
            filled += read.count
        }
        if read.failure != 0 { throw ReadError(reason: reason(for: read.failure)) }
        if filled > limit { throw ReadError(reason: "too large (over \(limit) bytes)") }
        bytes.removeLast(bytes.count - filled)
        return (bytes, info)
    }

    /// What one `fill` read: how many bytes, whether the file ended, and the error that
    /// stopped it (0 for none).
    private struct Fill {
        var count: Int
        var ended: Bool
        var failure: Int32
    }

    /// Reads into `start` until its `capacity` bytes are filled, the file ends (a short
    /// read of a regular file) or a read fails.
    private static func fill(_ start: UnsafeMutablePointer<UInt8>, _ capacity: Int, from descriptor: Int32, regular: Bool) -> Fill {
        var result = Fill(count: 0, ended: false, failure: 0)
        while result.count < capacity {
            let wanted = capacity - result.count
            let count = systemRead(descriptor, start + result.count, wanted)
            if count < 0 {
                if errno == EINTR { continue }
                result.failure = errno
                return result
            }
            result.count += count
            if count == 0 || (regular && count < wanted) {
                result.ended = true
                return result
            }
        }
        return result
    }

    /// A saved page as text that is safe on any terminal: decoded as the parser decodes
    /// it (UTF-8, UTF-16, Windows-1252), line by line, with control characters and escape
    /// sequences removed. For showing an original in a pager, which might pass escapes through.
    public static func readableText(_ bytes: [UInt8]) -> String {
        let page = PageTextScanner.scan(bytes)
        var text = ""
        text.reserveCapacity(page.storage.count + page.lineCount)
        for index in 0..<page.lineCount {
            text += String(decoding: page.storage[page.lineRanges[index]], as: UTF8.self)
            text += "\n"
        }
        return text
    }

    static func reason(for code: Int32) -> String {
        switch code {
        case ENOENT: "no such file"
        case EACCES, EPERM: "permission denied"
        case EISDIR: "is a directory"
        case ENOTDIR: "a part of the path is not a directory"
        case ELOOP: "too many symbolic links"
        case ENAMETOOLONG: "file name too long"
        case EIO: "input/output error"
        default: String(cString: strerror(code)).lowercased()
        }
    }
}

#if canImport(Glibc)
private let systemRead = Glibc.read
#else
private let systemRead = Darwin.read
#endif
