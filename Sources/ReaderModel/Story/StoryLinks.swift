import StoryKit

/// Where a story's links lead: the stored story each latest-news item names (nil when
/// none is stored) and the stories whose lists name this one, newest first.
public struct StoryLinks: Sendable, Equatable {
    public var targets: [StoryID?]
    public var listedIn: [StoryID]

    public init(targets: [StoryID?], listedIn: [StoryID]) {
        self.targets = targets
        self.listedIn = listedIn
    }

    /// Asks `library`: at once when it has an index of links; a library still building
    /// one scans every story, so the reader then asks in the background.
    public init(of id: StoryID, story: Story, in library: any StoryLibrary) {
        targets = story.latest.map { library.resolve($0, from: id) }
        listedIn = library.stories(listing: id)
    }
}
