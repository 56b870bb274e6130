import Dispatch
import StoryKit

/// A batch being prepared on another thread.
final class PendingBatch: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: [PreparedPage] = []

    init(_ work: @escaping @Sendable () -> [PreparedPage]) {
        DispatchQueue.global().async {
            self.result = work()
            self.done.signal()
        }
    }

    /// Blocks until the batch is ready; call once.
    func wait() -> [PreparedPage] {
        done.wait()
        return result
    }
}
