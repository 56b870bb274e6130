import ReaderModel
import ReaderTestSupport
import StoryKit
import TerminalKit
import Testing

/// The first screen drawn from the newest stories alone (a library with `totals`), then
/// the whole library taken in their place (`libraryCompleted`), as the app starts on a
/// store whose catalog it has not read yet.
@Suite struct FirstScreenTests {
    /// The newest `rows` stories of `whole`, with the whole library's counts, and none
    /// of its links: what the app's front library gives.
    struct FrontOfLibrary: StoryLibrary {
        let whole: InMemoryLibrary
        let summaries: [StorySummary]
        let totals: LibraryTotals?
        var states: [StoryID: StoryState] { whole.states }

        init(_ whole: InMemoryLibrary, rows: Int) {
            self.whole = whole
            let newest = SortOrder.newestFirst.arranged(whole.summaries).prefix(rows)
            summaries = newest.map { whole.summaries[Int($0)] }
            let read = whole.states.values.filter(\.isRead).count
            totals = LibraryTotals(stories: whole.summaries.count, unread: whole.summaries.count - read, rows: whole.summaries.count)
        }

        func story(_ id: StoryID) -> Story? { whole.story(id) }
        func resolve(_ item: LatestItem, from source: StoryID) -> StoryID? { nil }
        func stories(listing id: StoryID) -> [StoryID] { [] }
        func search(_ query: StoryQuery, marks: [StoryID: StoryState]) -> LibrarySearchAnswer { LibrarySearchAnswer(ids: []) }
        func neighbours(of id: StoryID, excluding: Set<StoryID>) -> StoryNeighbours { StoryNeighbours() }
    }

    private func screen(_ state: ReaderState) -> [String] {
        ScreenRenderer().render(state, width: state.viewport.width, height: state.viewport.height).lines
    }

    @Test func theFirstScreenCountsTheWholeStoreAndTheWholeLibraryDrawsTheSameRows() {
        let whole = FixtureLibrary.library(states: [id(of: "Han River bridge lights to stay on through January"): StoryState(isRead: true)])
        let viewport = ScreenLayout.viewport(width: 120, height: 20)
        var state = ReaderState(library: FrontOfLibrary(whole, rows: 30), viewport: viewport)
        let first = screen(state)
        let total = whole.summaries.count
        #expect(state.summaries.count == 30)
        let title = first[0], status = first[first.count - 1]
        #expect(title.contains("\(total) stories · \(total - 1) unread"), "\(title)")
        #expect(status.contains(" 1/\(total) "), "\(status)")

        send(&state, .libraryCompleted(whole))
        let completed = screen(state)
        #expect(state.summaries.count == whole.summaries.count)
        #expect(completed[0] == first[0])
        // The list pane is the same; the reading pane may now show what the links name.
        let listPane: ([String]) -> [String] = { lines in lines.map { String($0.prefix(40)) } }
        #expect(listPane(completed) == listPane(first))
    }

    @Test func theOpenStoryIsReadAgainWithItsLinksOnceTheWholeLibraryIsTaken() throws {
        let whole = FixtureLibrary.library()
        let order = SortOrder.newestFirst.arranged(whole.summaries).map { whole.summaries[Int($0)] }
        // The newest story whose latest-news list names a stored story.
        let row = try #require(order.firstIndex { summary in whole.story(summary.id)!.latest.contains { whole.resolve($0, from: summary.id) != nil } })
        var state = ReaderState(library: FrontOfLibrary(whole, rows: row + 1), viewport: ScreenLayout.viewport(width: 120, height: 40))
        for _ in 0..<row { press(&state, .down) }
        #expect(state.openStory?.id == order[row].id)
        #expect(state.openStory?.targets.allSatisfy { $0 == nil } == true, "the front library names no link")

        send(&state, .libraryCompleted(whole))
        #expect(state.selectedSummary?.id == order[row].id)
        #expect(state.openStory?.id == order[row].id)
        #expect(state.openStory?.targets.contains { $0 != nil } == true)
    }

    /// A library whose story files cannot be read, as after a disk error.
    struct UnreadableLibrary: StoryLibrary {
        let whole: InMemoryLibrary
        var summaries: [StorySummary] { whole.summaries }
        var states: [StoryID: StoryState] { whole.states }
        func story(_ id: StoryID) -> Story? { nil }
        func resolve(_ item: LatestItem, from source: StoryID) -> StoryID? { nil }
        func stories(listing id: StoryID) -> [StoryID] { [] }
        func search(_ query: StoryQuery, marks: [StoryID: StoryState]) -> LibrarySearchAnswer { LibrarySearchAnswer(ids: []) }
        func neighbours(of id: StoryID, excluding: Set<StoryID>) -> StoryNeighbours { StoryNeighbours() }
    }

    /// What the first screen's status line said at start (a configuration problem) is
    /// still said once the whole library is taken, whatever reading the story again finds.
    @Test func theFirstScreensMessageOutlivesTheCompletion() {
        let whole = FixtureLibrary.library()
        var state = ReaderState(library: FrontOfLibrary(whole, rows: 30), viewport: ScreenLayout.viewport(width: 120, height: 40))
        send(&state, .notice(.error("config.toml:1: unknown setting")))
        send(&state, .libraryCompleted(UnreadableLibrary(whole: whole)))
        #expect(state.message?.text == "config.toml:1: unknown setting")
    }
}
