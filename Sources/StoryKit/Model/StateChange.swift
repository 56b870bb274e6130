/// One change to a story's `StoryState`: the one vocabulary for read and star changes,
/// spoken by the reader's marks, the store's state logs and `byline mark` alike.
public struct StateChange: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case read, unread, star, unstar, position(Int) }
    public var id: StoryID
    public var kind: Kind

    public init(id: StoryID, kind: Kind) {
        self.id = id
        self.kind = kind
    }

    /// The read and star changes that turn one story's marks into another's (positions
    /// are recorded on their own, when a story is left).
    public static func changes(from before: StoryState, to after: StoryState, of id: StoryID) -> [StateChange] {
        var changes: [StateChange] = []
        if after.isRead != before.isRead { changes.append(StateChange(id: id, kind: after.isRead ? .read : .unread)) }
        if after.isStarred != before.isStarred { changes.append(StateChange(id: id, kind: after.isStarred ? .star : .unstar)) }
        return changes
    }
}
