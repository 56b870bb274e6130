import Dispatch
import Foundation
import ReaderModel

/// Builds the headline search index on a background queue after the first screen is
/// drawn, so that pressing `/` in a large store answers at once.
final class HeadlineIndexBuilder: @unchecked Sendable {
    private let queue = DispatchQueue(label: "byline.headline-index", qos: .utility)
    private let lock = NSLock()
    private var startedGeneration = 0
    private var built: HeadlineSearchIndex?

    /// Starts a build for the state's library unless one is built, running, or not needed.
    func startIfNeeded(for state: ReaderState) {
        guard state.headlineIndex == nil else { return }
        let generation = state.libraryGeneration
        let shouldStart = lock.withLock {
            guard startedGeneration != generation else { return false }
            startedGeneration = generation
            return true
        }
        guard shouldStart else { return }
        let summaries = state.summaries
        queue.async { [self] in
            let index = HeadlineSearchIndex(summaries: summaries, generation: generation)
            lock.withLock { built = index }
        }
    }

    /// The finished index, once; the model drops it if the library changed meanwhile.
    func takeResult() -> HeadlineSearchIndex? {
        lock.withLock {
            defer { built = nil }
            return built
        }
    }
}
