import StoryKit

/// Saved searches as views: the panel (`V`), switching views, and saving the current
/// search (`W`). A view is its query run as a kept search, so everything a search does
/// (ranking, marks, `n`/`N`) holds in a view too.
extension Reader {
    static func savedSearchUpdate(_ state: inout ReaderState, _ action: ReaderAction) -> [ReaderEffect] {
        switch action {
        case .toggleSavedSearches:
            if state.views.isShown {
                state.views.hide()
                return []
            }
            state.views.show()
            return state.views.searches.isEmpty ? [] : [.countSavedSearches(state.views.searches, marks: state.marks.byStory)]
        case .savedSearchCounts(let searches, let counts):
            state.views.take(counts, for: searches)
            return []
        case .saveCurrentSearch:
            guard let session = state.search.session, !session.isEditing, session.isActive, session.problem == nil else {
                state.message = .error("no search to save: type one with / and keep it with Enter")
                return []
            }
            if let known = state.views.searches.first(where: { $0.query == session.query }) {
                state.message = .info("already saved as “\(known.name)”")
                return []
            }
            let search = SavedSearch(name: session.query, query: session.query)
            state.views.add(search)
            state.message = .info("saved “\(search.query)” as a view (V lists the views)")
            return [.saveSearch(search)]
        default:
            return []
        }
    }

    /// An intent while the panel is up.
    static func savedSearchPanelUpdate(_ state: inout ReaderState, _ intent: ReaderAction) -> [ReaderEffect] {
        guard let action = SavedSearchViews.action(for: intent) else { return [] }
        state.message = nil
        switch action {
        case .moveUp: state.views.move(by: -1)
        case .moveDown: state.views.move(by: 1)
        case .pageUp, .top: state.views.move(by: -state.views.rowCount)
        case .pageDown, .bottom: state.views.move(by: state.views.rowCount)
        case .back, .toggleSavedSearches: state.views.hide()
        case .quit: return savePosition(&state) + [.quit]
        case .open: return switchView(&state)
        default: break
        }
        return []
    }

    private static func switchView(_ state: inout ReaderState) -> [ReaderEffect] {
        state.views.switchToRow(leaving: state.selectedSummary?.id)
        show(.browse, focus: .list, in: &state)
        guard let index = state.views.current else {
            let effects = clearSearch(&state)
            if let kept = state.views.takePendingSelection() {
                rebuildList(&state, keeping: kept)
                loadSelection(&state)
            }
            state.message = .info("every story")
            return effects
        }
        let search = state.views.searches[index]
        state.message = .info("view “\(search.name)”")
        return startSearch(&state, query: search.query, editing: false)
    }
}
