import ReaderModel
import ReaderTestSupport
import SnapshotTesting
import StoryKit
import TerminalKit
import Testing

/// Whole screens as text, at the sizes people use, compared with the snapshots in
/// `__Snapshots__` beside this file. A change shows as a line diff; run with
/// `SNAPSHOT_TESTING_RECORD=all` (or delete a snapshot) to record a new one after checking it.
@Suite struct ScreenSnapshotTests {
    static let sizes = [(120, 40), (80, 24), (40, 12), (20, 6)]

    /// The screen framed so trailing spaces show, then (when asked) its style mask.
    private func picture(_ state: ReaderState, width: Int, height: Int, styles: Bool = false) -> String {
        let buffer = ScreenRenderer().render(state, width: width, height: height)
        let edge = String(repeating: "─", count: width)
        var text = "┌\(edge)┐\n" + buffer.lines.map { "│\($0)│" }.joined(separator: "\n") + "\n└\(edge)┘\n"
        if styles { text += "styles (R reverse, B bold, U underline, D dim, . plain):\n" + buffer.styleMask.joined(separator: "\n") + "\n" }
        return text
    }

    private func browsing(width: Int, height: Int) -> ReaderState {
        let read = id(of: "New timetable brings late trains to commuter lines")
        let starred = id(of: "Cold spell to last another week")
        var state = makeState(width: width, height: height, states: [read: StoryState(isRead: true), starred: StoryState(isStarred: true)])
        send(&state, .moveDown)
        return state
    }

    private func reading(_ headline: String, width: Int, height: Int) -> ReaderState {
        var state = makeState(width: width, height: height)
        send(&state, .reveal(id(of: headline)), .open)
        return state
    }

    @Test(arguments: sizes)
    func browse(width: Int, height: Int) {
        assertSnapshot(
            of: picture(browsing(width: width, height: height), width: width, height: height, styles: width == 80),
            as: .lines, named: "\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func reader(width: Int, height: Int) {
        let state = reading("New year celebrations light up the capital", width: width, height: height)
        assertSnapshot(of: picture(state, width: width, height: height, styles: width == 80), as: .lines, named: "\(width)x\(height)")
    }

    @Test(arguments: [(80, 24), (40, 12)])
    func readerWithHostileText(width: Int, height: Int) {
        let control = reading("Alarm bells ring in the town hall", width: width, height: height)
        let wide = reading("東京で冬祭りが開幕 🎆 Café de\u{301}ja\u{300} vu", width: width, height: height)
        assertSnapshot(
            of: picture(control, width: width, height: height) + picture(wide, width: width, height: height),
            as: .lines, named: "\(width)x\(height)")
    }

    @Test(arguments: [(80, 24), (20, 6)])
    func latestNewsPanel(width: Int, height: Int) {
        var state = reading("New year celebrations light up the capital", width: width, height: height)
        send(&state, .toggleFocus, .moveDown)
        assertSnapshot(of: picture(state, width: width, height: height, styles: true), as: .lines, named: "\(width)x\(height)")
    }

    @Test(arguments: [(80, 24), (40, 12), (20, 6)])
    func help(width: Int, height: Int) {
        var state = browsing(width: width, height: height)
        send(&state, .toggleHelp)
        assertSnapshot(of: picture(state, width: width, height: height), as: .lines, named: "\(width)x\(height)")
    }

    @Test func helpScrolledToItsEndOnAShortScreen() {
        var state = browsing(width: 40, height: 12)
        send(&state, .toggleHelp, .scrollHelp(lines: Int.max))
        assertSnapshot(of: picture(state, width: 40, height: 12), as: .lines)
    }

    @Test func searchAsYouType() {
        var state = makeState(width: 80, height: 24)
        send(&state, .beginSearch, .searchInput("harb"))
        assertSnapshot(of: picture(state, width: 80, height: 24), as: .lines)
    }

    @Test func savedSearchViewsWithTheirCounts() {
        let searches = [SavedSearch(name: "Harbour", query: "harbour"), SavedSearch(name: "Unread IANS", query: "agency:IANS is:unread")]
        var state = ReaderState(library: FixtureLibrary.library(), viewport: ScreenLayout.viewport(width: 80, height: 24), savedSearches: searches)
        send(&state, .toggleSavedSearches, .savedSearchCounts(searches, [ViewCount(total: 7, unread: 7), ViewCount(total: 12, unread: 3)]), .moveDown)
        assertSnapshot(of: picture(state, width: 80, height: 24, styles: true), as: .lines)
    }

    @Test func emptyStoreSaysHowToImport() {
        let state = ReaderState(library: InMemoryLibrary(stories: []), viewport: ScreenLayout.viewport(width: 80, height: 24))
        assertSnapshot(of: picture(state, width: 80, height: 24), as: .lines)
    }

    @Test func statusLineShowsErrors() {
        var state = makeState(width: 80, height: 24)
        send(&state, .open, .jump(item: 9))
        assertSnapshot(of: picture(state, width: 80, height: 24, styles: true), as: .lines)
    }
}
