/// What a person did to a story: read it, starred it, scrolled it.
public struct StoryState: Hashable, Sendable {
    public var isRead = false
    public var isStarred = false
    /// The first line shown when the story was last left, for reopening it there.
    public var position = 0

    public init(isRead: Bool = false, isStarred: Bool = false, position: Int = 0) {
        self.isRead = isRead
        self.isStarred = isStarred
        self.position = position
    }
}
