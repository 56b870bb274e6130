import StoryKit

/// A change that `u` can take back: what it was called and the stories' marks before it.
public struct MarkUndo: Sendable {
    public var description: String
    public var previous: [StoryID: StoryState]
}
