import Dispatch
import ReaderModel
import Synchronization

/// Builds the headline search index on a background queue after the first screen is
/// drawn, so that pressing `/` in a large store answers at once.
final class HeadlineIndexBuilder: Sendable {
    private struct Progress {
        var startedGeneration = 0
        var built: HeadlineSearchIndex?
    }

    private let queue = DispatchQueue(label: "byline.headline-index", qos: .utility)
    private let progress = Mutex(Progress())

    /// Starts a build for the state's library unless one is built, running, or not needed.
    func startIfNeeded(for state: ReaderState) {
        guard state.search.headlineIndex == nil else { return }
        let generation = state.libraryGeneration
        let shouldStart = progress.withLock { progress in
            guard progress.startedGeneration != generation else { return false }
            progress.startedGeneration = generation
            return true
        }
        guard shouldStart else { return }
        let summaries = state.summaries
        queue.async { [self] in
            let index = HeadlineSearchIndex(summaries: summaries, generation: generation)
            progress.withLock { $0.built = index }
        }
    }

    /// The finished index, once; the model drops it if the library changed meanwhile.
    func takeResult() -> HeadlineSearchIndex? {
        progress.withLock { progress in
            defer { progress.built = nil }
            return progress.built
        }
    }
}
