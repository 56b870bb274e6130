import ReaderModel
import ReaderTestSupport
import StoryKit
import Synchronization
import TerminalKit
import Testing

@Suite struct ReadingTests {
    @Test func openingAStoryShowsTheReaderAndMarksItRead() {
        var state = makeState()
        let story = state.selectedSummary!.id
        let effects = send(&state, .open)
        #expect(state.screen == .reader)
        #expect(state.marks(for: story).isRead)
        #expect(effects == [.record([StateChange(id: story, kind: .read)])])
        send(&state, .back)
        #expect(state.screen == .browse && state.focus == .list)
    }

    @Test func scrollingMeasuresTheStoryOnlyWhenItsWidthChanges() {
        final class Counter: Sendable { let calls = Atomic<Int>(0) }
        let counter = Counter()
        var state = ReaderState(library: FixtureLibrary.library(states: [:]), viewport: ScreenLayout.viewport(width: 120, height: 40)) { open, width in
            counter.calls.add(1, ordering: .relaxed)
            return ScreenRenderer.measure(open, width)
        }
        send(&state, .open)
        let afterOpening = counter.calls.load(ordering: .relaxed)
        for _ in 0..<20 { send(&state, .scrollStory(lines: 1)) }
        #expect(counter.calls.load(ordering: .relaxed) == afterOpening)
        send(&state, .resize(ScreenLayout.viewport(width: 80, height: 24)))
        #expect(counter.calls.load(ordering: .relaxed) == afterOpening + 1)
    }

    @Test func browsingTheListDoesNotMarkStoriesRead() {
        var state = makeState()
        let effects = send(&state, .moveDown, .moveDown)
        #expect(effects.isEmpty)
        #expect(state.marks.unreadCount == 56)
    }

    @Test func aDigitJumpsToTheListedStoryAndBackReturns() {
        var state = makeState()
        let start = id(of: "New year celebrations light up the capital")
        send(&state, .reveal(start), .open, .jump(item: 1))
        #expect(state.openStory?.id == id(of: "Fireworks over the river draw record crowd"))
        #expect(state.selectedSummary?.id == state.openStory?.id)
        send(&state, .jump(item: 1))
        #expect(state.openStory?.id == id(of: "New year celebrations light up the capital"))
        send(&state, .back)
        #expect(state.openStory?.id == id(of: "Fireworks over the river draw record crowd"))
        send(&state, .back)
        #expect(state.openStory?.id == start)
        #expect(state.screen == .reader)
        send(&state, .forward)
        #expect(state.openStory?.id == id(of: "Fireworks over the river draw record crowd"))
        send(&state, .back, .back)
        #expect(state.screen == .browse)
    }

    @Test func theLatestNewsPanelJumpsToTheChosenItem() {
        var state = makeState()
        let start = id(of: "New year celebrations light up the capital")
        send(&state, .reveal(start), .open, .toggleFocus)
        #expect(state.focus == .latestNews)
        send(&state, .moveDown, .moveDown, .open)
        #expect(state.openStory?.id == id(of: "Saltmere lifeboat crew honoured for storm rescue"))
    }

    @Test func aStoryWithoutALatestNewsListSaysSoInsteadOfMovingFocus() {
        var state = makeState()
        let start = id(of: "Cold spell to last another week")
        send(&state, .reveal(start), .open, .toggleFocus)
        #expect(state.focus == .story)
        #expect(state.message == .info("this story has no latest-news list"))
    }

    @Test func anItemNotInTheStoreOffersASearchForItsWords() {
        var state = makeState()
        let start = id(of: "Winter fog delays forty morning trains out of the capital")
        send(&state, .reveal(start), .open)
        let missing = state.openStory!.targets.firstIndex(of: nil)!
        send(&state, .jump(item: missing + 1))
        #expect(state.openStory?.id == start)
        #expect(state.message?.text.contains("is not in the store; press f") == true)
        #expect(state.search.offered == "central bank keeps rates")
        let effects = send(&state, .searchOffered)
        #expect(state.screen == .browse)
        #expect(state.search.session?.query == "central bank keeps rates")
        #expect(
            effects.contains {
                if case .searchStories = $0 { return true }; return false
            })
    }

    @Test func nextAndPreviousStoryFromInsideTheReader() {
        var state = makeState()
        send(&state, .open, .nextStory)
        #expect(state.openStory?.id == state.summaries[Int(state.order[1])].id)
        #expect(state.screen == .reader)
        send(&state, .previousStory, .previousStory)
        #expect(state.message == .info("this is the first story of the list"))
    }

    @Test func theReadingPositionIsRememberedAndRestored() {
        var state = makeState(width: 60, height: 14)
        let story = state.selectedSummary!.id
        send(&state, .open, .scrollStory(lines: 3))
        #expect(state.openStory?.scroll == 3)
        let effects = send(&state, .back)
        #expect(effects == [.record([StateChange(id: story, kind: .position(3))])])
        send(&state, .moveDown, .moveUp, .open)
        #expect(state.openStory?.scroll == 3)
    }

    @Test func scrollingStopsAtTheEndOfTheStory() {
        var state = makeState(width: 60, height: 14)
        send(&state, .open, .scrollStory(lines: 10_000))
        let end = state.openStory!.scroll
        #expect(end > 0)
        send(&state, .scrollStory(lines: -1))
        #expect(state.openStory!.scroll == end - 1)
    }
}
