import StoryKit

/// Sorting and filtering the list: the list component picks the rows, the router
/// keeps the selection and the reading pane in step and says what is shown.
extension Reader {
    static func listUpdate(_ state: inout ReaderState, _ action: ReaderAction) -> [ReaderEffect] {
        var filter = state.list.filter
        switch action {
        case .cycleSort where state.search.session?.isActive == true:
            // With a search, `o` switches between best match and the list's own order.
            state.search.toggleRanking()
            rebuildList(&state, keeping: state.selectedSummary?.id)
            state.message = .info("sorted \(state.listOrderName)")
            return []
        case .cycleSort:
            state.list.resort(state.summaries, by: state.list.sort.next)
            rebuildList(&state, keeping: state.selectedSummary?.id)
            state.message = .info("sorted \(state.list.sort.rawValue)")
            return []
        case .toggleUnreadOnly: filter.unreadOnly.toggle()
        case .toggleStarredOnly: filter.starredOnly.toggle()
        case .filterAgencyOfSelection:
            guard let agency = state.selectedSummary?.agency, !agency.isEmpty else {
                state.message = .error("this story names no agency")
                return []
            }
            filter.agency = filter.agency == agency ? nil : agency
        case .filterDayOfSelection:
            guard let day = state.selectedSummary?.date else {
                state.message = .error("this story's date is not known")
                return []
            }
            filter.day = filter.day == day ? nil : day
        case .clearFilters: filter = ListFilter()
        default: return []
        }
        state.list.filter = filter
        return refilter(&state)
    }

    /// Shows the rows the filter and the search let through, keeping the selection on `id` where it can.
    static func rebuildList(_ state: inout ReaderState, keeping id: StoryID?) {
        let search = state.search.session.flatMap { $0.isActive ? $0 : nil }
        let kept = id.flatMap { state.summaryIndex[$0] }
        state.list.rebuild(
            state.summaries, marks: state.marks, search: search, ranked: state.search.ranksResults, versions: state.versions, keeping: kept,
            rows: state.viewport.listRows)
    }

    /// After a filter changed: the list, the message saying what it shows, and the pane.
    static func refilter(_ state: inout ReaderState) -> [ReaderEffect] {
        let previous = state.openStory?.id
        rebuildList(&state, keeping: state.selectedSummary?.id)
        let count = state.list.order.count
        state.message = .info(state.list.filter.isActive ? "showing \(state.list.filter.queryTerms): \(count) stories" : "showing all \(count) stories")
        if state.screen == .browse && state.selectedSummary?.id != previous { loadSelection(&state) }
        return []
    }
}
