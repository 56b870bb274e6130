import Dispatch

/// A batch of documents being read from the source on another thread, for the
/// writer to take once it has written the batch before.
final class PreparedBatch: @unchecked Sendable {
    // Written once on the reading thread before `ready` is signalled, read after the wait.
    private var prepared: [IndexDocument] = []
    private let ready = DispatchSemaphore(value: 0)

    init(reading stamps: [IndexStamp], from source: some IndexSource) {
        DispatchQueue.global(qos: .userInitiated).async {
            self.prepared = source.documents(for: stamps)
            self.ready.signal()
        }
    }

    /// Waits until the batch is read.
    func documents() -> [IndexDocument] {
        ready.wait()
        return prepared
    }
}
