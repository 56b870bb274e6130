import StoryKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Identifies a version of a file cheaply (inode, size, change time), to notice rewrites.
struct FileStamp: Equatable, Sendable {
    let inode: UInt64
    let size: Int64
    /// The change time (`st_ctim`) in nanoseconds: moved by every write, rename and
    /// attribute change, and never settable by a program (a syncer can set a file's
    /// modification time back, not this).
    let changed: Int64

    init(inode: UInt64, size: Int64, changed: Int64) {
        self.inode = inode
        self.size = size
        self.changed = changed
    }

    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        self.init(info)
    }

    init(_ info: stat) {
        inode = UInt64(info.st_ino)
        size = Int64(info.st_size)
        changed = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
    }
}
