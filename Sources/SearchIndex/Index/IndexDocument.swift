import StoryKit

/// One story as the index stores it: its text by field and the facts queries filter on.
public struct IndexDocument: Sendable {
    public let id: StoryID
    public let stamp: IndexStamp
    /// Texts in `StoryField.indexOrder`.
    let texts: [String]
    let day: Int?
    let minute: Int64
    let language: String?
    let host: String?
    let siteName: String?

    public init(story: Story, stamp: IndexStamp, sortMinute: Int64) {
        id = stamp.id
        self.stamp = stamp
        texts = StoryField.indexOrder.map { SearchTokenizer.spacedForIndex(SearchableStory.text(of: $0, in: story)) }
        day = story.date?.dayNumber
        minute = sortMinute
        language = story.language?.lowercased()
        host = SearchableStory.host(of: story.url)
        siteName = story.site.map(SearchableStory.compactSiteName)
    }

    /// Where the writer starts looking for this document's docid: the order to write in.
    var firstDocid: Int64 { DocumentWriter.firstDocid(minute: minute, id: id) }
}

/// A story and the value that changes whenever its indexed text may have changed
/// (its content hash mixed with the parser version that read it).
public struct IndexStamp: Hashable, Sendable {
    public let id: StoryID
    public let value: UInt64

    public init(id: StoryID, value: UInt64) {
        self.id = id
        self.value = value
    }
}

/// Where the index gets its stories: the store, through the app; a test's corpus in tests.
public protocol IndexSource: Sendable {
    /// Every story the index should hold, with its stamp: oldest first where the source
    /// knows, since the index writes in time order and a batch spanning fewer minutes
    /// is written in fewer pieces.
    func indexStamps() -> [IndexStamp]
    /// The documents for these stories, read in parallel where the source can; a story
    /// that cannot be read is left out (the store's own check reports it).
    func documents(for stamps: [IndexStamp]) -> [IndexDocument]
}
