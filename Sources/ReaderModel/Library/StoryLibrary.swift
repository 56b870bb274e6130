import StoryKit

/// The reader's view of the store: the small surface the view-model needs, so tests
/// can use an in-memory library and the app the file-based store.
public protocol StoryLibrary: Sendable {
    /// Every story, in no particular order.
    var summaries: [StorySummary] { get }
    /// Reading state as last saved.
    var states: [StoryID: StoryState] { get }
    /// The full story; nil when it cannot be read.
    func story(_ id: StoryID) -> Story?
    /// The stored story a latest-news item names.
    func resolve(_ item: LatestItem, from source: StoryID) -> StoryID?
    /// The stories whose latest-news lists name `id`, newest first.
    func stories(listing id: StoryID) -> [StoryID]
    /// Ids of stories whose body contains every word of `query` (any case), among `candidates`.
    func storiesWithBody(containing query: String, among candidates: [StoryID]) -> [StoryID]
}
