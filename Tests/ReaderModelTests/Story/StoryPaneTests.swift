import ReaderTestSupport
import StoryKit
import TerminalKit
import Testing

@testable import ReaderModel

/// The story pane alone: scrolling within the text, the latest-news selection, where a story was left.
@Suite struct StoryPaneTests {
    private let library = FixtureLibrary.library()
    private let frame = StoryPane.Frame(rows: 10, columns: 40, measure: ScreenRenderer.measure)

    private func pane(_ headline: String = "New year celebrations light up the capital", positions: [StoryID: Int] = [:]) -> StoryPane {
        var pane = StoryPane(positions: positions)
        let loaded = pane.load(id(of: headline), from: library, time: nil, headline: { _ in "" }, in: frame)
        #expect(loaded)
        return pane
    }

    @Test func scrollingStopsAtTheLastScreenOfText() {
        var pane = pane()
        let lines = ScreenRenderer.measure(pane.open!, 40)
        pane.scroll(by: Int.max / 2, in: frame)
        #expect(pane.open!.scroll == lines - 10)
        pane.scroll(by: Int.min / 2, in: frame)
        #expect(pane.open!.scroll == 0)
    }

    @Test func theLatestNewsSelectionStaysOnTheList() {
        var pane = pane()
        let count = pane.open!.story.latest.count
        pane.moveLatestSelection(.up, page: 5)
        #expect(pane.latestSelection == 0)
        pane.moveLatestSelection(.bottom, page: 5)
        #expect(pane.latestSelection == count - 1)
        pane.moveLatestSelection(.down, page: 5)
        #expect(pane.latestSelection == count - 1)
    }

    @Test func aStoryOpensWhereItWasLeftAndLeavingRecordsOnlyAMove() {
        let story = id(of: "New year celebrations light up the capital")
        var pane = pane(positions: [story: 3])
        #expect(pane.open!.scroll == 3)
        let unmoved = pane.leave()
        #expect(unmoved == nil)
        pane.scroll(by: 2, in: frame)
        let moved = pane.leave()
        #expect(moved == StateChange(id: story, kind: .position(5)))
        let again = pane.leave()
        #expect(again == nil)
    }

    @Test func aStoryTheLibraryCannotReadLeavesThePaneEmpty() {
        var pane = pane()
        let missing = StoryID(Story(headline: "Never stored"))
        let loaded = pane.load(missing, from: library, time: nil, headline: { _ in "" }, in: frame)
        #expect(!loaded)
        #expect(pane.open == nil)
    }

    @Test func historyGoesBackAndForwardLikeABrowser() {
        var history = JumpHistory()
        let (a, b, c) = (
            id(of: "New year celebrations light up the capital"), id(of: "Fireworks over the river draw record crowd"),
            id(of: "Cold spell to last another week")
        )
        history.leave(a)
        history.leave(b)
        let steps = [history.goBack(from: c), history.goBack(from: b), history.goBack(from: a), history.goForward(from: a)]
        #expect(steps == [b, a, nil, b])
        history.leave(b)
        #expect(history.forward.isEmpty)
    }
}
