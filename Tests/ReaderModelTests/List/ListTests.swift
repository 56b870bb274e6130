import ReaderModel
import ReaderTestSupport
import StoryKit
import Testing

@Suite struct ListTests {
    @Test func theListStartsNewestFirstWithTheFirstStorySelected() {
        let state = makeState()
        #expect(state.order.count == 56)
        #expect(state.selectedSummary?.headline == "Han River bridge lights to stay on through January")
        #expect(state.openStory?.id == id(of: "Han River bridge lights to stay on through January"))
        let dates = state.order.compactMap { state.summaries[Int($0)].date }
        #expect(dates == dates.sorted(by: >))
    }

    @Test func movingStopsAtTheEnds() {
        var state = makeState(width: 80, height: 24)
        send(&state, .moveUp)
        #expect(state.list.selection == 0)
        send(&state, .moveDown, .moveDown)
        #expect(state.list.selection == 2)
        send(&state, .pageDown)
        #expect(state.list.selection == 2 + state.viewport.listRows - 1)
        #expect(state.list.top > 0)
        send(&state, .bottom)
        #expect(state.list.selection == 55)
        send(&state, .moveDown)
        #expect(state.list.selection == 55)
        send(&state, .top)
        #expect(state.list.selection == 0 && state.list.top == 0)
    }

    @Test func sortCyclesThroughOldestFirstAndByAgency() {
        var state = makeState()
        send(&state, .cycleSort)
        #expect(state.list.sort == .oldestFirst)
        let dated = state.order.compactMap { state.summaries[Int($0)].date }
        #expect(dated == dated.sorted())
        send(&state, .cycleSort)
        #expect(state.list.sort == .byAgency)
        let agencies = state.order.map { state.summaries[Int($0)].agency }.filter { !$0.isEmpty }
        #expect(agencies == agencies.sorted())
        send(&state, .cycleSort)
        #expect(state.list.sort == .newestFirst)
    }

    @Test func filtersNarrowTheListAndClear() {
        var state = makeState()
        send(&state, .filterAgencyOfSelection)
        #expect(state.list.filter.agency == "IANS")
        #expect(state.order.allSatisfy { state.summaries[Int($0)].agency == "IANS" })
        send(&state, .filterDayOfSelection)
        #expect(state.order.count == 1)
        send(&state, .clearFilters)
        #expect(state.order.count == 56)
        send(&state, .toggleStar, .toggleStarredOnly)
        #expect(state.order.count == 1)
        send(&state, .toggleStarredOnly, .toggleRead, .toggleUnreadOnly)
        #expect(state.order.count == 55)
    }

    @Test func nextAndPreviousUnreadSkipReadStories() {
        let second = id(of: "Café owners in São Vale welcome “quiet” rules")
        var state = makeState(states: [second: StoryState(isRead: true)])
        send(&state, .nextUnread)
        #expect(state.list.selection == 2)
        send(&state, .previousUnread)
        #expect(state.list.selection == 0)
        send(&state, .previousUnread)
        #expect(state.message == .info("no unread story above"))
    }

    @Test func revealingAStorySelectsItAndClearsAFilterThatHidesIt() {
        let target = id(of: "New timetable brings late trains to commuter lines")
        var state = makeState()
        send(&state, .reveal(target))
        #expect(state.selectedSummary?.id == target && state.openStory?.id == target)
        // Starred only hides it; revealing shows everything again with it selected.
        send(&state, .toggleStarredOnly, .reveal(target))
        #expect(!state.list.filter.isActive)
        #expect(state.selectedSummary?.id == target)
        // A filter that keeps it stays.
        send(&state, .filterAgencyOfSelection, .moveDown, .reveal(target))
        #expect(state.list.filter.agency == "Reuters" && state.selectedSummary?.id == target)
    }

    @Test func aChangedLibraryKeepsTheSelectionOnTheSameStory() {
        var state = makeState()
        send(&state, .moveDown, .moveDown)
        let selected = state.selectedSummary?.id
        let library = state.library
        send(&state, .libraryReplaced(library, selectionKeptOn: nil))
        #expect(state.selectedSummary?.id == selected)
    }

    /// Stories newer than any fixture, as another process (or the inbox) might add them.
    func arrivals(_ count: Int) -> [Story] {
        (1...count).map { number in
            Story(headline: "Arrival number \(number)", agency: "PTI", date: CalendarDate(year: 2027, month: 1, day: number), body: ["Text."])
        }
    }

    @Test func storiesArrivingAboveAScrolledListMoveNeitherTheSelectionNorWhatIsDrawn() {
        var state = makeState(width: 120, height: 16)
        press(&state, .pageDown, .pageDown, .down)
        let top = state.list.top
        #expect(top > 0)
        let drawn = state.list.order[top...].prefix(state.viewport.listRows).map { state.summaries[Int($0)].id }
        let selected = state.selectedSummary?.id
        let grown = InMemoryLibrary(stories: FixtureLibrary.stories + arrivals(3))
        send(&state, .libraryReplaced(grown, selectionKeptOn: nil))
        #expect(state.selectedSummary?.id == selected)
        #expect(state.list.order[state.list.top...].prefix(state.viewport.listRows).map { state.summaries[Int($0)].id } == drawn)
    }

    @Test func storiesArrivingAtTheHeadOfTheListShowThereAndTheSelectionStaysOnItsStory() {
        var state = makeState(width: 120, height: 16)
        press(&state, .down)
        let selected = state.selectedSummary?.id
        send(&state, .libraryReplaced(InMemoryLibrary(stories: FixtureLibrary.stories + arrivals(2)), selectionKeptOn: nil))
        #expect(state.list.top == 0)
        #expect(state.selectedSummary?.id == selected)
        #expect(state.list.selection == 3)
        #expect(state.summaries[Int(state.list.order[0])].headline == "Arrival number 2")
    }
}
