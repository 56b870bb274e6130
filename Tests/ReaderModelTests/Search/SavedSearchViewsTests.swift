import ReaderTestSupport
import StoryKit
import TerminalKit
import Testing

@testable import ReaderModel

@Suite struct SavedSearchViewsTests {
    private let searches = [SavedSearch(name: "Harbour", query: "harbour"), SavedSearch(name: "Unread IANS", query: "agency:IANS is:unread")]

    private func makeViewsState() -> ReaderState {
        ReaderState(library: FixtureLibrary.library(), viewport: ScreenLayout.viewport(width: 120, height: 40), savedSearches: searches)
    }

    /// The library's answer to the search an effect asks for, handed back as the app does.
    private func answer(_ effects: [ReaderEffect], in state: inout ReaderState) {
        for case .searchStories(let query, let generation, let marks) in effects {
            send(&state, .searchAnswered(generation: generation, state.library.search(query, marks: marks)))
        }
    }

    @Test func thePanelListsEveryViewWithCountsAndEnterShowsOne() {
        var state = makeViewsState()
        let effects = press(&state, .character("V"))
        #expect(state.views.isShown)
        guard case .countSavedSearches(let asked, _)? = effects.first else {
            Issue.record("no count asked for")
            return
        }
        #expect(asked == searches)
        send(&state, .savedSearchCounts(searches, [ViewCount(total: 5, unread: 4), ViewCount(total: 9, unread: 9)]))
        send(&state, .savedSearchCounts(searches, [ViewCount(total: 1, unread: 1)]))
        #expect(state.views.counts[0]?.total == 5, "counts that do not fit the searches are dropped")
        let rows = ScreenContent.viewRows(state)
        #expect(rows.map(\.name) == ["All stories", "Harbour", "Unread IANS"])
        #expect(rows.map(\.unread) == [56, 4, 9] && rows[0].isCurrent)
        answer(press(&state, .character("j"), .enter), in: &state)
        #expect(!state.views.isShown && state.views.current == 0)
        #expect(state.search.session?.query == "harbour" && state.search.session?.isEditing == false)
        let harbour = state.library.search(try! StoryQuery(parsing: "harbour"), marks: [:]).ids
        #expect(Set(state.order.map { state.summaries[Int($0)].id }) == Set(harbour))
        #expect(ScreenContent.title(state).view?.query == "Harbour: harbour")
    }

    @Test func eachViewKeepsItsSelection() {
        var state = makeViewsState()
        press(&state, .character("j"), .character("j"), .character("j"))
        let inAll = state.selectedSummary?.id
        answer(press(&state, .character("V"), .character("j"), .enter), in: &state)
        press(&state, .character("j"))
        let inHarbour = state.selectedSummary?.id
        #expect(inHarbour != inAll)
        // Back to every story: the fourth story again.
        press(&state, .character("V"), .character("k"), .enter)
        #expect(state.search.session == nil && state.selectedSummary?.id == inAll)
        // And to the harbour view: its second story again.
        answer(press(&state, .character("V"), .character("j"), .enter), in: &state)
        #expect(state.selectedSummary?.id == inHarbour)
    }

    @Test func leavingTheSearchLeavesItsView() {
        var state = makeViewsState()
        answer(press(&state, .character("V"), .character("j"), .enter), in: &state)
        #expect(state.views.current == 0)
        // `q` on the list clears the kept search: every story is shown, so no saved view is.
        press(&state, .character("q"))
        #expect(state.search.session == nil && state.views.current == nil)
        #expect(ScreenContent.viewRows(state)[0].isCurrent)
    }

    @Test func wSavesTheKeptSearchOnce() {
        var state = makeViewsState()
        #expect(press(&state, .character("W")).isEmpty)
        #expect(state.message?.kind == .error)
        var effects = press(&state, .character("/"))
        for character in "ferry" { effects += press(&state, .character(character)) }
        press(&state, .enter)
        let saved = press(&state, .character("W"))
        #expect(saved == [.saveSearch(SavedSearch(name: "ferry", query: "ferry"))])
        #expect(state.views.searches.count == 3 && state.views.current == 2)
        #expect(press(&state, .character("W")).isEmpty, "the same query is saved once")
        #expect(state.message?.text == "already saved as “ferry”")
    }
}
