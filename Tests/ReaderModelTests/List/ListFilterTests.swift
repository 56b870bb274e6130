import ReaderModel
import StoryKit
import Testing

/// The filter the reader's `U`, `S`, `a`, `d` and `byline list`'s options share.
@Suite struct ListFilterTests {
    private let day = CalendarDate(year: 2026, month: 1, day: 3)!

    @Test func anAgencyMatchesInAnyCase() {
        let filter = ListFilter(agency: "IANS")
        #expect(filter.admits(agency: "IANS", date: nil, marks: StoryState()))
        #expect(filter.admits(agency: "ians", date: nil, marks: StoryState()))
        #expect(!filter.admits(agency: "PTI", date: nil, marks: StoryState()))
    }

    @Test func sinceKeepsThatDayAndLaterAndDropsUndatedStories() {
        let filter = ListFilter(since: day)
        #expect(filter.admits(agency: "", date: day, marks: StoryState()))
        #expect(filter.admits(agency: "", date: CalendarDate(year: 2026, month: 1, day: 4), marks: StoryState()))
        #expect(!filter.admits(agency: "", date: CalendarDate(year: 2026, month: 1, day: 2), marks: StoryState()))
        #expect(!filter.admits(agency: "", date: nil, marks: StoryState()))
    }

    @Test func marksFiltersCombine() {
        let filter = ListFilter(unreadOnly: true, starredOnly: true, day: day)
        #expect(filter.admits(agency: "", date: day, marks: StoryState(isStarred: true)))
        #expect(!filter.admits(agency: "", date: day, marks: StoryState(isRead: true, isStarred: true)))
        #expect(!filter.admits(agency: "", date: day, marks: StoryState()))
        #expect(filter.queryTerms == "is:unread is:starred date:2026-01-03")
        #expect(ListFilter(agency: "Press Trust", since: day).queryTerms == "agency:\"Press Trust\" date:2026-01-03..")
    }
}
