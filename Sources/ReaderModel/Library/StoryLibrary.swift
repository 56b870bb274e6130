import StoryKit

/// The reader's view of the store: the small surface the view-model needs, so tests
/// can use an in-memory library and the app the file-based store.
public protocol StoryLibrary: Sendable {
    /// Every story, in no particular order.
    var summaries: [StorySummary] { get }
    /// Where each story sits in `summaries`. A library that already keeps such a table
    /// hands it over, so start-up does not build a second one.
    var summaryPositions: StoryPositions { get }
    /// Reading state as last saved.
    var states: [StoryID: StoryState] { get }
    /// The full story; nil when it cannot be read.
    func story(_ id: StoryID) -> Story?
    /// The stored story a latest-news item names.
    func resolve(_ item: LatestItem, from source: StoryID) -> StoryID?
    /// The stories whose latest-news lists name `id`, newest first.
    func stories(listing id: StoryID) -> [StoryID]
    /// Whether `resolve` and `stories(listing:)` answer at once. A large store's index of
    /// links is built in the background after start, and until it is ready they scan every
    /// story: the reader then opens a story without its links and asks in the background,
    /// so no key waits on a pass over the archive.
    var answersLinksAtOnce: Bool { get }
    /// The stories matching `query`, best match first; `marks` answers `is:` terms with
    /// the marks as the reader has them now. The note says when the answer came from a
    /// slower path (a scan, when the search index cannot answer).
    func search(_ query: StoryQuery, marks: [StoryID: StoryState]) -> LibrarySearchAnswer
    /// Other sources' reports of the same event and related stories of the surrounding
    /// days, best first, leaving out `excluding` (the story's versions and the stories its
    /// lists already link); it may be slow, so the reader asks in the background.
    func neighbours(of id: StoryID, excluding: Set<StoryID>) -> StoryNeighbours
    /// The whole store's counts when `summaries` holds only its newest stories (a library
    /// for the first screen, replaced by the whole one right after it is drawn); nil when
    /// `summaries` is every story.
    var totals: LibraryTotals? { get }
    /// Starts work that makes later answers quicker (an index of the links, say). The
    /// reader calls it once the first screen is drawn, so that work never delays it.
    func warmUp()
}

extension StoryLibrary {
    public var summaryPositions: StoryPositions { StoryPositions(positionsOf: summaries.map(\.id)) }

    public func warmUp() {}

    public var totals: LibraryTotals? { nil }

    public var answersLinksAtOnce: Bool { true }
}
