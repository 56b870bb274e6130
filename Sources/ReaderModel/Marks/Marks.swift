import StoryKit

/// Every story's read, starred and position marks, with the unread count kept as
/// marks change (the title bar never counts 100,000 stories a frame) and the one
/// change `u` can take back.
public struct Marks: Sendable {
    public private(set) var byStory: [StoryID: StoryState] = [:]
    public private(set) var unreadCount = 0
    public private(set) var undo: MarkUndo?

    public subscript(id: StoryID) -> StoryState { byStory[id] ?? StoryState() }

    /// Takes the saved marks of a library's stories. With `keepingSession`, marks made in
    /// this session win over the saved ones.
    mutating func take(_ saved: [StoryID: StoryState], of summaries: [StorySummary], keepingSession: Bool) {
        if keepingSession {
            for (id, state) in saved where byStory[id] == nil { byStory[id] = state }
        } else {
            byStory = saved
        }
        unreadCount = byStory.isEmpty ? summaries.count : summaries.reduce(0) { $0 + ((byStory[$1.id]?.isRead ?? false) ? 0 : 1) }
    }

    /// Changes one story's marks; `counted` says whether it is one of the library's stories,
    /// which the unread count covers.
    mutating func set(_ id: StoryID, _ new: StoryState, counted: Bool) {
        let wasRead = byStory[id]?.isRead ?? false
        byStory[id] = new
        if counted && wasRead != new.isRead { unreadCount += new.isRead ? -1 : 1 }
    }

    /// Applies one marking to many stories as a change `u` can undo; returns the
    /// changes for the store, none when every story already was so.
    mutating func change(_ ids: [StoryID], description: String, counted: (StoryID) -> Bool, _ apply: (inout StoryState) -> Void) -> [StateChange] {
        var previous: [StoryID: StoryState] = [:]
        var changes: [StateChange] = []
        for id in ids {
            let before = self[id]
            var after = before
            apply(&after)
            guard after != before else { continue }
            previous[id] = before
            set(id, after, counted: counted(id))
            changes += StateChange.changes(from: before, to: after, of: id)
        }
        if !changes.isEmpty { undo = MarkUndo(description: description, previous: previous) }
        return changes
    }

    /// Puts back the read and starred marks the last change replaced (positions stay);
    /// nil when there is nothing to undo.
    mutating func undoLast(counted: (StoryID) -> Bool) -> (description: String, changes: [StateChange])? {
        guard let undo else { return nil }
        self.undo = nil
        var changes: [StateChange] = []
        for (id, before) in undo.previous {
            let now = self[id]
            let restored = StoryState(isRead: before.isRead, isStarred: before.isStarred, position: now.position)
            changes += StateChange.changes(from: now, to: restored, of: id)
            set(id, restored, counted: counted(id))
        }
        return (undo.description, changes.sorted { $0.id < $1.id })
    }
}
