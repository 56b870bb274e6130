import ReaderModel
import StoryKit

/// The reader's background work: the story-text search, the headline index, the links
/// and neighbours of the open story, each a `BackgroundJob`, with their answers as
/// actions for the model.
final class ReaderJobs {
    private struct Search: Sendable {
        var query: StoryQuery
        var generation: Int
        var marks: [StoryID: StoryState]
        var library: any StoryLibrary
    }

    private let storySearch = BackgroundJob<Search, (generation: Int, answer: LibrarySearchAnswer)>(label: "byline.search") { request in
        (request.generation, request.library.search(request.query, marks: request.marks))
    }
    private struct Count: Sendable {
        var searches: [SavedSearch]
        var marks: [StoryID: StoryState]
        var library: any StoryLibrary
    }

    /// Counts each saved search's stories for the views panel.
    private let viewCount = BackgroundJob<Count, (searches: [SavedSearch], counts: [ViewCount])>(label: "byline.view-count", qos: .utility) { request in
        let counts = request.searches.map { search -> ViewCount in
            guard let query = try? StoryQuery(parsing: search.query) else { return ViewCount(total: 0, unread: 0) }
            let ids = request.library.search(query, marks: request.marks).ids
            return ViewCount(total: ids.count, unread: ids.count { !(request.marks[$0]?.isRead ?? false) })
        }
        return (request.searches, counts)
    }

    /// Brings the search index in step with the store once the first screen is up.
    private let indexUpdate = BackgroundJob<StoreSearch, String?>(label: "byline.index-update", qos: .utility) { search in
        search.indexIsCurrent() ? nil : search.updateIndex().note
    }
    private let headlineIndex = BackgroundJob<(summaries: [StorySummary], generation: Int), HeadlineSearchIndex>(label: "byline.headline-index", qos: .utility)
    { request in
        HeadlineSearchIndex(summaries: request.summaries, generation: request.generation)
    }
    private struct Links: Sendable {
        var id: StoryID
        var story: Story
        var generation: Int
        var library: any StoryLibrary
    }

    /// The open story's links while the library's link index is being built: the latest
    /// request replaces one not yet started, so keys pressed quickly ask for one story.
    private let links = BackgroundJob<Links, (id: StoryID, links: StoryLinks, generation: Int)>(label: "byline.links") { request in
        (request.id, StoryLinks(of: request.id, story: request.story, in: request.library), request.generation)
    }
    /// The story and library generation links were last asked for.
    private var askedLinks: (id: StoryID, generation: Int)?

    /// Asks for the open story's links when it was opened without them.
    func findLinksIfNeeded(for state: ReaderState) {
        guard let open = state.openStory, !open.linksFound else { return }
        if let asked = askedLinks, asked.id == open.id, asked.generation == state.libraryGeneration { return }
        askedLinks = (open.id, state.libraryGeneration)
        links.start(Links(id: open.id, story: open.story, generation: state.libraryGeneration, library: state.library))
    }

    private struct Neighbours: Sendable {
        var id: StoryID
        /// The story's versions and the stories its lists already link: not listed again.
        var excluded: Set<StoryID>
        var library: any StoryLibrary
    }

    /// The open story's neighbours: the latest request replaces one not yet started.
    private let neighbours = BackgroundJob<Neighbours, (id: StoryID, neighbours: StoryNeighbours)>(label: "byline.neighbours", qos: .utility) { request in
        (request.id, request.library.neighbours(of: request.id, excluding: request.excluded))
    }
    /// The story and library generation neighbours were last asked for.
    private var askedNeighbours: (id: StoryID, generation: Int)?

    /// Asks for the open story's neighbours once it is shown (browsing the list asks for
    /// each story the pane shows; only the last asked is worked out when keys come fast).
    /// Neighbours leave out the stories the links lead to, so they wait for the links.
    func findNeighboursIfNeeded(for state: ReaderState) {
        guard let open = state.openStory, open.linksFound, open.neighbours == nil else { return }
        if let asked = askedNeighbours, asked.id == open.id, asked.generation == state.libraryGeneration { return }
        askedNeighbours = (open.id, state.libraryGeneration)
        let linked = Set(state.versions(of: open.id)).union(open.targets.compactMap { $0 }).union(open.listedIn.map(\.id))
        neighbours.start(Neighbours(id: open.id, excluded: linked, library: state.library))
    }

    /// The library generation an index was last asked for, so each library is indexed once.
    private var indexedGeneration = 0

    /// True while the text search runs: the run loop then looks for its answer often.
    var isSearching: Bool { storySearch.isBusy || viewCount.isBusy || links.isBusy || neighbours.isBusy }

    func count(_ searches: [SavedSearch], marks: [StoryID: StoryState], library: any StoryLibrary) {
        viewCount.start(Count(searches: searches, marks: marks, library: library))
    }

    func search(_ query: StoryQuery, generation: Int, marks: [StoryID: StoryState], library: any StoryLibrary) {
        storySearch.start(Search(query: query, generation: generation, marks: marks, library: library))
    }

    private var updatedGeneration = 0

    /// Updates the index in the background, once per library (after the first frame, and
    /// after another process changed the store); searches meanwhile scan the story files.
    func updateIndexIfNeeded(for state: ReaderState) {
        guard updatedGeneration != state.libraryGeneration, let library = state.library as? StoreLibrary else { return }
        updatedGeneration = state.libraryGeneration
        indexUpdate.start(library.storeSearch)
    }

    private var warmedGeneration = 0

    /// Lets each library start its own background work (the link index) once the first
    /// frame is drawn: on a two-core machine it would otherwise compete with start-up.
    func warmUpIfNeeded(for state: ReaderState) {
        guard warmedGeneration != state.libraryGeneration else { return }
        warmedGeneration = state.libraryGeneration
        state.library.warmUp()
    }

    /// Builds the headline index after the first frame, so `/` answers at once in a large
    /// store; once per library, and not when the model built one itself.
    func indexHeadlinesIfNeeded(for state: ReaderState) {
        guard state.search.headlineIndex == nil, indexedGeneration != state.libraryGeneration else { return }
        indexedGeneration = state.libraryGeneration
        headlineIndex.start((state.summaries, state.libraryGeneration))
    }

    /// The open story's links, once found since the last look. Once an answer is taken the
    /// story may be asked for again: the pane reads a story anew when a search is cleared
    /// or a view switched, and that reading has no links until it is answered too.
    func foundLinks() -> ReaderAction? {
        guard let found = links.takeResult() else { return nil }
        askedLinks = nil
        return .linksFound(found.id, found.links, libraryGeneration: found.generation)
    }

    /// Whatever else finished since the last look, as actions for the model.
    func finished() -> [ReaderAction] {
        var actions: [ReaderAction] = []
        if let (generation, answer) = storySearch.takeResult() { actions.append(.searchAnswered(generation: generation, answer)) }
        if let note = indexUpdate.takeResult(), let note { actions.append(.effectFailed(note)) }
        if let (searches, counts) = viewCount.takeResult() { actions.append(.savedSearchCounts(searches, counts)) }
        if let index = headlineIndex.takeResult() { actions.append(.headlineIndexReady(index)) }
        if let (id, found) = neighbours.takeResult() {
            // As with links: a story read anew asks again.
            askedNeighbours = nil
            actions.append(.neighboursFound(id, found))
        }
        return actions
    }
}
