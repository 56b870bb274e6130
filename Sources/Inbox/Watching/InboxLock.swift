import Glibc
import StoryStore

/// One inbox worker per store on a machine: `byline watch` in one terminal and the reader
/// in another must not both import the same page and race to move it. The lock is an
/// advisory `flock` on `STORE/tmp/inbox.lock`, released when the process ends, however it ends.
public final class InboxLock {
    private let descriptor: Int32

    /// Takes the lock; with `wait` false, nil when another process holds it.
    public init?(store: StoryStore, wait: Bool) {
        let path = store.layout.temporaryFolder + "/inbox.lock"
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return nil }
        while flock(descriptor, wait ? LOCK_EX : LOCK_EX | LOCK_NB) != 0 {
            if errno == EINTR { continue }
            close(descriptor)
            return nil
        }
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }
}
