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
        let title = TitleBarView.Content(storyCount: 56, unreadCount: 3, sort: "newest first", view: ("is:unread ferry", 2))
        let narrow = draw(width: 40, height: 1) { TitleBarView.draw(title, into: &$0, rect: $1) }
        #expect(narrow.lines == [" Byline · 56 stories · 3 unread · “is:u…"])
        let wide = draw(width: 100, height: 1) { TitleBarView.draw(title, into: &$0, rect: $1) }
        #expect(wide.lines[0].hasPrefix(" Byline · 56 stories · 3 unread · newest first · “is:unread ferry”: 2"))
    }

    @Test func theStatusBarShowsTextAndPositionOrTheSearch() {
        let line = draw(width: 20, height: 1) { StatusBarView.draw(.line("a message that is long", isError: true, position: " 3/9 "), into: &$0, rect: $1) }
        #expect(line.lines == [" a message tha… 3/9 "])
        #expect(line[0, 0].style == .statusError)
        let search = draw(width: 30, height: 1) {
            StatusBarView.draw(.search(query: "fer", headlineMatches: 2, bodyMatches: 1, bodySearchPending: false), into: &$0, rect: $1)
        }
        #expect(search.lines == ["/fer▏ (2 in headlines, 1 in t…"])
        let problem = draw(width: 40, height: 1) {
            StatusBarView.draw(
                .search(query: "\"fer", headlineMatches: 2, bodyMatches: 1, bodySearchPending: false, problem: "search at 1: quote"), into: &$0, rect: $1)
        }
        #expect(problem.lines[0].hasPrefix("/\"fer▏  search at 1: quote "))
        #expect(problem[8, 0].style == .statusError)
    }

    @Test func theListAndTheStoryMarkTheWordsASearchFound() throws {
        let highlighter = QueryHighlighter(try StoryQuery(parsing: "ferry \"new year\""))
        let row = HeadlineListView.Row(headline: "Ferries and the ferry at New Year", agency: "PTI", date: nil, isRead: true, isStarred: false)
        let list = draw(width: 60, height: 1) {
            HeadlineListView.draw([row], selected: nil, focused: true, dateStyle: .iso, highlighter: highlighter, into: &$0, rect: $1)
        }
        let line = list.lines[0]
        let marked = (0..<60).filter { list[$0, 0].style.role == .match }.map { Array(line)[$0] }
        #expect(String(marked) == "ferryNew Year", "only whole words and the whole phrase: \(line)")
        let story = Story(headline: "A ferry", body: ["The ferry left at new", "year. Ferry-men cheered."])
        let lines = StoryView.lines(StoryView.Content(story: story, itemInStore: [], listedIn: [], highlighter: highlighter), width: 40)
        // A phrase is marked where it stands on one line: "new" / "year" across paragraphs is not.
        #expect(StoryView.matchLines(lines) == [0, 2, 4])
        #expect(lines[2].runs.map(\.text) == ["The ", "ferry", " left at new"])
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
