import StoryKit

/// Search as you type: the search component finds the matches, the router shows them in the list.
extension Reader {
    static func searchUpdate(_ state: inout ReaderState, _ action: ReaderAction) -> [ReaderEffect] {
        switch action {
        case .searchOffered:
            guard let words = state.search.offered else { return [] }
            state.search.offer(nil)
            show(.browse, focus: .list, in: &state)
            return startSearch(&state, query: words, editing: false)
        case .beginSearch:
            show(.browse, focus: .list, in: &state)
            state.views.leaveView()
            return startSearch(&state, query: state.search.isEditing ? state.search.session!.query : "", editing: true)
        case .searchInput(let text):
            guard let session = state.search.session else { return [] }
            return startSearch(&state, query: session.query + text, editing: true)
        case .searchDeleteBackward:
            guard let session = state.search.session else { return [] }
            return startSearch(&state, query: String(session.query.dropLast()), editing: true)
        case .searchCommit:
            guard let session = state.search.session else { return [] }
            if session.query.isEmpty { return clearSearch(&state) }
            state.search.commit()
            return []
        case .searchCancel: return clearSearch(&state)
        case .searchAnswered(let generation, let answer):
            let positions = state.summaryIndex
            guard state.search.answer(answer.ids.compactMap { positions[$0] }, generation: generation) else { return [] }
            // A view switched to reselects the story it showed when it was left; otherwise
            // the selection stays where it can, and the pane follows it when it moves.
            let before = state.selectedSummary?.id
            rebuildList(&state, keeping: state.views.takePendingSelection() ?? before)
            if state.screen == .browse && (state.selectedSummary?.id != before || state.openStory?.id != state.selectedSummary?.id) { loadSelection(&state) }
            if let note = answer.note { state.message = .info(note) }
            return []
        case .headlineIndexReady(let index):
            state.search.adopt(index, libraryGeneration: state.libraryGeneration)
            return []
        default: return []
        }
    }

    static func startSearch(_ state: inout ReaderState, query: String, editing: Bool) -> [ReaderEffect] {
        let kept = state.selectedSummary?.id
        let (generation, parsed) = state.search.start(query, editing: editing, summaries: state.summaries, libraryGeneration: state.libraryGeneration)
        rebuildList(&state, keeping: kept)
        guard let parsed else {
            loadSelection(&state)
            return []
        }
        if !editing || state.selectedSummary?.id != kept { loadSelection(&state) }
        return [.searchStories(parsed, generation: generation, marks: state.marks.byStory)]
    }

    /// Ends the search, and so the saved view it showed, whichever key ended it.
    static func clearSearch(_ state: inout ReaderState) -> [ReaderEffect] {
        state.views.leaveView()
        let kept = state.selectedSummary?.id
        guard state.search.clear() else { return [] }
        rebuildList(&state, keeping: kept)
        loadSelection(&state)
        return []
    }
}
