import StoryKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The key `SeenPages` remembers a page file by: a hash of its device, inode, size,
/// modification and change times.
enum PageStatus {
    /// The key of a file read with status `info`, or nil when it must not be remembered:
    /// not a regular file, or changed at or after `settledBefore` (nanoseconds of the
    /// wall clock). A file's times move in ticks of the system's clock, so a write just
    /// after the read could leave them as they were; one changed a while before the
    /// import began cannot be written again without moving its change time.
    static func key(of info: stat, settledBefore: Int64) -> UInt64? {
        guard (info.st_mode & S_IFMT) == S_IFREG, isBefore(info.st_ctim, settledBefore) else { return nil }
        return key(of: info)
    }

    /// The key of the file at `path` as it is now, or nil when it is not a regular file
    /// (or cannot be looked at).
    static func key(ofFileAt path: String) -> UInt64? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return key(of: info)
    }

    private static func key(of info: stat) -> UInt64 {
        // Seconds and nanoseconds apart: a time far from now (a page touched to the year
        // 2300) must not overflow a count of nanoseconds.
        let words: [UInt64] = [
            UInt64(info.st_dev), UInt64(info.st_ino), UInt64(info.st_size),
            UInt64(bitPattern: Int64(info.st_mtim.tv_sec)), UInt64(info.st_mtim.tv_nsec),
            UInt64(bitPattern: Int64(info.st_ctim.tv_sec)), UInt64(info.st_ctim.tv_nsec),
        ].map(\.littleEndian)
        var hasher = StableHasher()
        words.withUnsafeBytes { hasher.combine(bytes: $0) }
        return max(hasher.finalize(), 1)
    }

    /// Whether `time` is before `moment` (nanoseconds of the wall clock), for any time a
    /// file system can hold.
    private static func isBefore(_ time: timespec, _ moment: Int64) -> Bool {
        let seconds = Int64(time.tv_sec), momentSeconds = moment / 1_000_000_000
        return seconds != momentSeconds ? seconds < momentSeconds : Int64(time.tv_nsec) < moment % 1_000_000_000
    }
}
