import StoryKit

/// The story on screen with what the views need to draw it.
public struct OpenStory: Sendable {
    public var id: StoryID
    public var story: Story
    /// The story's time as the store knows it (its own page, or the pages listing it).
    public var time: StoryTime?
    /// The stored story each latest-news item names, or nil when it is not stored.
    public var targets: [StoryID?]
    /// Stories whose lists name this one, with their headlines.
    public var listedIn: [(id: StoryID, headline: String)]
    /// False while the library is still finding `targets` and `listedIn` in the background
    /// (they are empty meanwhile, and no item is called missing).
    public var linksFound = true
    /// The story's other versions, newest first, with the paragraphs each has that this one has not.
    public var versions: [Version] = []
    /// This version's paragraphs that the version before it had not (by index into the body).
    public var newParagraphs: Set<Int> = []
    /// Other sources' reports of the same event, and related stories of the surrounding
    /// days; nil until the library answered (it is asked in the background).
    public var neighbours: StoryNeighbours?
    public var alsoReported: [Mention] = []
    public var related: [Mention] = []

    /// A stored story the pane names: what its line shows.
    public struct Mention: Sendable {
        public var id: StoryID
        public var headline: String
        public var agency: String
        public var time: StoryTime
    }

    /// The items the latest-news panel chooses from and `1`–`9` jump to: the latest-news
    /// items, then "Also reported", then "Related", numbered on.
    public var itemTargets: [StoryID?] { targets + alsoReported.map(\.id) + related.map(\.id) }
    /// The first line shown.
    public internal(set) var scroll: Int
    /// The story's height in lines at a width, as last measured: every scrolling key needs
    /// it, and measuring wraps the whole story, so it is measured again only at a new width.
    var measured: (columns: Int, lines: Int)?

    /// Another version of the story, as the reading pane lists it.
    public struct Version: Sendable {
        public var headline: String
        public var agency: String
        public var time: StoryTime
        public var newParagraphs: Int
    }

    /// At most this many other versions are compared and listed.
    static let versionsShown = 12

    /// Fills in `versions` and `newParagraphs` from the summaries of every version
    /// (this one among them, newest first), reading the others' text.
    mutating func compare(with summaries: [StorySummary], from library: any StoryLibrary) {
        let own = Set(story.body.map(HeadlineKey.normalised))
        guard let ownIndex = summaries.firstIndex(where: { $0.id == id }) else { return }
        var bodies: [StoryID: Set<String>] = [:]
        for summary in summaries.prefix(Self.versionsShown + 1) where summary.id != id {
            let body = Set((library.story(summary.id)?.body ?? []).map(HeadlineKey.normalised))
            bodies[summary.id] = body
            versions.append(
                Version(headline: summary.headline, agency: summary.agency, time: summary.time, newParagraphs: body.subtracting(own).count))
        }
        // The version just before this one: what it lacked is what this one added.
        if ownIndex + 1 < summaries.count {
            let previous = bodies[summaries[ownIndex + 1].id] ?? Set((library.story(summaries[ownIndex + 1].id)?.body ?? []).map(HeadlineKey.normalised))
            newParagraphs = Set(story.body.indices.filter { !previous.contains(HeadlineKey.normalised(story.body[$0])) })
        }
    }
}
