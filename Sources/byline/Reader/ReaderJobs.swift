import ReaderModel
import StoryKit

/// The reader's background work: the story-text search and the headline index, each
/// a `BackgroundJob`, with their answers as actions for the model.
final class ReaderJobs {
    private struct BodySearch: Sendable {
        var query: String
        var generation: Int
        var candidates: [StoryID]
        var library: any StoryLibrary
    }

    private let bodySearch = BackgroundJob<BodySearch, (generation: Int, ids: [StoryID])>(label: "byline.body-search") { request in
        (request.generation, request.library.storiesWithBody(containing: request.query, among: request.candidates))
    }
    private let headlineIndex = BackgroundJob<(summaries: [StorySummary], generation: Int), HeadlineSearchIndex>(label: "byline.headline-index", qos: .utility)
    { request in
        HeadlineSearchIndex(summaries: request.summaries, generation: request.generation)
    }
    /// The library generation an index was last asked for, so each library is indexed once.
    private var indexedGeneration = 0

    /// True while the text search runs: the run loop then looks for its answer often.
    var isSearching: Bool { bodySearch.isBusy }

    func searchBodies(query: String, generation: Int, candidates: [StoryID], library: any StoryLibrary) {
        bodySearch.start(BodySearch(query: query, generation: generation, candidates: candidates, library: library))
    }

    /// Builds the headline index after the first frame, so `/` answers at once in a large
    /// store; once per library, and not when the model built one itself.
    func indexHeadlinesIfNeeded(for state: ReaderState) {
        guard state.search.headlineIndex == nil, indexedGeneration != state.libraryGeneration else { return }
        indexedGeneration = state.libraryGeneration
        headlineIndex.start((state.summaries, state.libraryGeneration))
    }

    /// Whatever finished since the last look, as actions for the model.
    func finished() -> [ReaderAction] {
        var actions: [ReaderAction] = []
        if let (generation, ids) = bodySearch.takeResult() { actions.append(.bodyMatches(generation: generation, ids: ids)) }
        if let index = headlineIndex.takeResult() { actions.append(.headlineIndexReady(index)) }
        return actions
    }
}
