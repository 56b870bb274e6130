import Synchronization

/// Signals that ask the reader to end (SIGTERM, SIGHUP, SIGINT), noted for the run loop.
public enum PendingSignal {
    /// Set by the signal handler; a lock-free atomic is safe to touch there.
    static let received = Atomic<Int32>(0)

    /// The signal that arrived since the last call, if any.
    public static func take() -> Int32? {
        let signal = received.exchange(0, ordering: .relaxed)
        return signal == 0 ? nil : signal
    }
}
