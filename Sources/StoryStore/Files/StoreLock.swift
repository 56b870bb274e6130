#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The writers' advisory lock (`flock` on `STORE/lock`). Readers never take it;
/// writers hold it only while they change files, so two importers interleave
/// batch by batch and both finish.
public final class StoreLock {
    private let descriptor: Int32

    init(path: String) throws(StoreError) {
        descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .system("open the lock file", path) }
    }

    deinit { close(descriptor) }

    /// Takes the lock until this object goes (a lock held by a whole process, released
    /// however it ends); with `wait` false, false at once when another process holds it.
    func hold(wait: Bool) throws(StoreError) -> Bool {
        while flock(descriptor, wait ? LOCK_EX : LOCK_EX | LOCK_NB) != 0 {
            if errno == EWOULDBLOCK { return false }
            if errno != EINTR { throw StoreError("cannot take the lock: \(FileSystem.reason(for: errno))") }
        }
        return true
    }

    /// Runs `body` holding the lock if no other process holds it; nil at once if one does.
    func withLockIfFree<T>(_ body: () throws(StoreError) -> T) throws(StoreError) -> T? {
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            if errno == EWOULDBLOCK { return nil }
            if errno != EINTR { throw StoreError("cannot take the store's lock: \(FileSystem.reason(for: errno))") }
        }
        defer { flock(descriptor, LOCK_UN) }
        return try body()
    }

    func withLock<T>(_ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        while flock(descriptor, LOCK_EX) != 0 {
            if errno != EINTR { throw StoreError("cannot take the store's lock: \(FileSystem.reason(for: errno))") }
        }
        defer { flock(descriptor, LOCK_UN) }
        return try body()
    }
}
