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

extension StoryState {
    /// The state after one change.
    public mutating func apply(_ change: StateChange.Kind) {
        switch change {
        case .read: isRead = true
        case .unread: isRead = false
        case .star: isStarred = true
        case .unstar: isStarred = false
        case .position(let line): position = line
        }
    }
}
