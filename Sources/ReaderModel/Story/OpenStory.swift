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
    /// The first line shown.
    public internal(set) var scroll: Int
    /// The story's height in lines at a width, as last measured: every scrolling key needs
    /// it, and measuring wraps the whole story, so it is measured again only at a new width.
    var measured: (columns: Int, lines: Int)?
}
