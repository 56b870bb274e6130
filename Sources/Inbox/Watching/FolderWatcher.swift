import Glibc

/// Watches folders with inotify: one descriptor, one watch per folder, events read in
/// bulk when `poll` says there are some. Only the folders themselves are watched, not
/// what is below them: a browser's `NAME_files` folder of images is not a page.
public final class FolderWatcher {
    private let descriptor: Int32
    private var folders: [Int32: String] = [:]
    private var buffer = [UInt8](repeating: 0, count: 64 * 1024)

    private static let mask: UInt32 =
        UInt32(IN_MODIFY) | UInt32(IN_CLOSE_WRITE) | UInt32(IN_MOVED_TO) | UInt32(IN_CREATE) | UInt32(IN_DELETE)
        | UInt32(IN_MOVED_FROM) | UInt32(IN_DELETE_SELF) | UInt32(IN_MOVE_SELF) | UInt32(IN_ONLYDIR)

    public init() throws(InboxError) {
        descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { throw InboxError("cannot watch folders: \(String(cString: strerror(errno)))") }
    }

    deinit { close(descriptor) }

    /// Starts watching `folder` (an existing folder).
    public func watch(_ folder: String) throws(InboxError) {
        let watch = inotify_add_watch(descriptor, folder, Self.mask)
        guard watch >= 0 else {
            let reason =
                errno == ENOSPC
                ? "the system's limit of watched folders is reached (fs.inotify.max_user_watches)" : String(cString: strerror(errno))
            throw InboxError("cannot watch \(folder): \(reason)")
        }
        folders[watch] = folder
    }

    /// The events that arrive within `timeout` (all of them once the first is there);
    /// empty when nothing happened.
    public func wait(timeout: Duration) -> [FolderEvent] {
        var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        let milliseconds = Int32(clamping: timeout.components.seconds * 1000 + timeout.components.attoseconds / 1_000_000_000_000_000)
        guard poll(&request, 1, max(0, milliseconds)) > 0 else { return [] }
        var events: [FolderEvent] = []
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            buffer.withUnsafeBytes { decode($0.prefix(count), into: &events) }
        }
        return events
    }

    /// Walks the kernel's records: `wd`, `mask`, `cookie`, `len`, then `len` bytes of name.
    private func decode(_ bytes: UnsafeRawBufferPointer.SubSequence, into events: inout [FolderEvent]) {
        let header = MemoryLayout<inotify_event>.size
        var offset = bytes.startIndex
        while offset + header <= bytes.endIndex {
            let watch = bytes.loadUnaligned(fromByteOffset: offset - bytes.startIndex, as: Int32.self)
            let mask = bytes.loadUnaligned(fromByteOffset: offset - bytes.startIndex + 4, as: UInt32.self)
            let length = Int(bytes.loadUnaligned(fromByteOffset: offset - bytes.startIndex + 12, as: UInt32.self))
            let nameBytes = bytes[(offset + header)..<min(bytes.endIndex, offset + header + length)].prefix { $0 != 0 }
            offset += header + length
            if mask & UInt32(IN_Q_OVERFLOW) != 0 {
                for folder in folders.values { events.append(FolderEvent(kind: .overflow, folder: folder, name: "")) }
                continue
            }
            guard let folder = folders[watch] else { continue }
            if mask & (UInt32(IN_DELETE_SELF) | UInt32(IN_MOVE_SELF) | UInt32(IN_IGNORED) | UInt32(IN_UNMOUNT)) != 0 {
                if mask & UInt32(IN_IGNORED) != 0 { folders[watch] = nil }
                events.append(FolderEvent(kind: .folderGone, folder: folder, name: ""))
                continue
            }
            // Subfolders come and go; only files can be pages.
            if mask & UInt32(IN_ISDIR) != 0 { continue }
            let name = String(decoding: nameBytes, as: UTF8.self)
            let kind: FolderEvent.Kind
            if mask & UInt32(IN_MOVED_TO) != 0 {
                kind = .arrived
            } else if mask & UInt32(IN_CLOSE_WRITE) != 0 {
                kind = .closed
            } else if mask & (UInt32(IN_DELETE) | UInt32(IN_MOVED_FROM)) != 0 {
                kind = .gone
            } else {
                kind = .changed
            }
            events.append(FolderEvent(kind: kind, folder: folder, name: name))
        }
    }
}
