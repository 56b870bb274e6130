import StoryKit
import TerminalKit
import Testing

/// Each view alone, at tiny sizes, from the few values it shows; compared line by line
/// with what a person would see.
@Suite struct ViewTests {
    private func draw(width: Int, height: Int, _ body: (inout ScreenBuffer, Rect) -> Void) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: width, height: height)
        body(&buffer, Rect(x: 0, y: 0, width: width, height: height))
        return buffer
    }

    private let rows = [
        HeadlineListView.Row(headline: "Ferry resumes", agency: "PTI", date: CalendarDate(year: 2026, month: 1, day: 3), isRead: false, isStarred: true),
        HeadlineListView.Row(headline: "Harbour report", agency: "IANS", date: nil, isRead: true, isStarred: false, matchesOnlyInText: true),
    ]

    @Test func theListShowsMarksAndHeadlinesAndMarksTheSelection() {
        let buffer = draw(width: 20, height: 3) { HeadlineListView.draw(rows, selected: 1, focused: true, dateStyle: .dayMonth, into: &$0, rect: $1) }
        #expect(buffer.lines == ["•★ Ferry resumes    ", "   ≈ Harbour report ", "                    "])
        #expect(buffer.styleMask[1] == String(repeating: "R", count: 20))
    }

    @Test func anUnfocusedListUnderlinesItsSelection() {
        let buffer = draw(width: 20, height: 2) { HeadlineListView.draw(rows, selected: 0, focused: false, dateStyle: .dayMonth, into: &$0, rect: $1) }
        #expect(buffer[5, 0].style.underline && !buffer[5, 0].style.reverse)
    }

    @Test func aWideListShowsDateAndAgency() {
        let buffer = draw(width: 50, height: 1) { HeadlineListView.draw(rows, selected: nil, focused: true, dateStyle: .iso, into: &$0, rect: $1) }
        #expect(buffer.lines == ["•★  01-03 PTI     Ferry resumes                   "])
    }

    @Test func theTitleBarDropsTheSortOrderWhenNarrow() {
        let title = TitleBarView.Content(storyCount: 56, unreadCount: 3, sort: "newest first", filter: "unread", search: ("ferry", 2))
        let narrow = draw(width: 40, height: 1) { TitleBarView.draw(title, into: &$0, rect: $1) }
        #expect(narrow.lines == [" Byline · 56 stories · 3 unread · only …"])
        let wide = draw(width: 100, height: 1) { TitleBarView.draw(title, into: &$0, rect: $1) }
        #expect(wide.lines[0].hasPrefix(" Byline · 56 stories · 3 unread · newest first · only unread · search “ferry”: 2"))
    }

    @Test func theStatusBarShowsTextAndPositionOrTheSearch() {
        let line = draw(width: 20, height: 1) { StatusBarView.draw(.line("a message that is long", isError: true, position: " 3/9 "), into: &$0, rect: $1) }
        #expect(line.lines == [" a message tha… 3/9 "])
        #expect(line[0, 0].style == .statusError)
        let search = draw(width: 30, height: 1) {
            StatusBarView.draw(.search(query: "fer", headlineMatches: 2, bodyMatches: 1, bodySearchPending: false), into: &$0, rect: $1)
        }
        #expect(search.lines == ["/fer▏ (2 in headlines, 1 in t…"])
    }

    @Test func theDividerIsAColumnBesideAndARowBelow() {
        let column = draw(width: 1, height: 2) { DividerView.draw(into: &$0, rect: $1) }
        #expect(column.lines == ["│", "│"])
        let row = draw(width: 3, height: 1) { DividerView.draw(into: &$0, rect: $1) }
        #expect(row.lines == ["───"])
    }

    @Test func theStoryViewDrawsFromItsTopLine() {
        let story = Story(headline: "Headline", body: ["One two three four five six."])
        let lines = StoryView.lines(StoryView.Content(story: story, itemInStore: [], listedIn: []), width: 10)
        let buffer = draw(width: 10, height: 3) { StoryView.draw(lines, top: 1, into: &$0, rect: $1) }
        #expect(buffer.lines == ["          ", "One two   ", "three four"])
    }
}
