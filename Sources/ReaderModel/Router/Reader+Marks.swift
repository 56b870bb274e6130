import StoryKit

/// Marking stories read or starred, and undoing it: the marks component keeps them,
/// the router picks the stories and says what happened.
extension Reader {
    static func marksUpdate(_ state: inout ReaderState, _ action: ReaderAction) -> [ReaderEffect] {
        switch action {
        case .toggleRead:
            guard let id = targetID(state) else { return [] }
            let read = !state.marks[id].isRead
            return change(&state, ids: [id], description: read ? "marked read" : "marked unread") { $0.isRead = read }
        case .toggleStar:
            guard let id = targetID(state) else { return [] }
            let star = !state.marks[id].isStarred
            return change(&state, ids: [id], description: star ? "starred" : "unstarred") { $0.isStarred = star }
        case .markAllShownRead:
            let summaries = state.summaries, marks = state.marks
            let ids = state.list.order.map { summaries[Int($0)].id }
            let unread = ids.filter { !marks[$0].isRead }.count
            return change(&state, ids: ids, description: "marked \(unread) \(unread == 1 ? "story" : "stories") read") { $0.isRead = true }
        case .undo:
            let positions = state.summaryIndex
            guard let (description, changes) = state.marks.undoLast(counted: { positions[$0] != nil }) else {
                state.message = .info("nothing to undo")
                return []
            }
            if state.list.filter.readsMarks { rebuildList(&state, keeping: state.selectedSummary?.id) }
            state.message = .info("undid: \(description)")
            return changes.isEmpty ? [] : [.record(changes)]
        default: return []
        }
    }

    /// Changes the marks of `ids` and of their other versions, which share one state.
    private static func change(_ state: inout ReaderState, ids: [StoryID], description: String, _ apply: (inout StoryState) -> Void) -> [ReaderEffect] {
        let positions = state.summaryIndex
        let changes = state.marks.change(state.withVersions(ids), description: description, counted: { positions[$0] != nil }, apply)
        guard !changes.isEmpty else {
            state.message = .info("nothing to change")
            return []
        }
        state.message = .info(description + " — u to undo")
        return [.record(changes)]
    }
}
