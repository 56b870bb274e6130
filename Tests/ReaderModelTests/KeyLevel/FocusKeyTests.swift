import ReaderModel
import ReaderTestSupport
import StoryKit
import TerminalKit
import Testing

/// The keys that move the focus and act on what has it, pressed as a person would.
@Suite struct FocusKeyTests {
    private let capital = "New year celebrations light up the capital"

    private func reading(_ headline: String) -> ReaderState {
        var state = makeState(width: 80, height: 24)
        _ = Reader.update(&state, .reveal(id(of: headline)))
        press(&state, .enter)
        return state
    }

    @Test func tabMovesBetweenListAndPaneWhileBrowsing() {
        var state = makeState()
        press(&state, .tab)
        #expect(state.screen == .browse && state.focus == .story)
        press(&state, .backTab)
        #expect(state.focus == .list)
    }

    /// The bug of issue 11: the status line said "↑↓ choose" but `j` and `↓` scrolled the story.
    @Test func inTheReaderTabThenJAndDownChooseLatestNews() {
        var state = reading(capital)
        let scroll = state.openStory!.scroll
        press(&state, .tab)
        #expect(state.focus == .latestNews)
        press(&state, .character("j"))
        #expect(state.story.latestSelection == 1)
        press(&state, .down)
        #expect(state.story.latestSelection == 2)
        press(&state, .character("k"), .up, .up)
        #expect(state.story.latestSelection == 0)
        #expect(state.openStory!.scroll == scroll)
    }

    @Test func enterOnALatestNewsItemJumpsToItAndBackReturns() {
        var state = reading(capital)
        let start = state.openStory!.id
        press(&state, .tab, .enter)
        #expect(state.openStory?.id == id(of: "Fireworks over the river draw record crowd"))
        #expect(state.focus == .story)
        press(&state, .character("H"))
        #expect(state.openStory?.id == start && state.screen == .reader)
        press(&state, .character("q"))
        #expect(state.screen == .browse && state.focus == .list)
    }

    @Test func tabInAStoryWithoutLatestNewsSaysSo() {
        var state = makeState(width: 80, height: 24)
        let plain = FixtureLibrary.stories.first { $0.latest.isEmpty }!
        _ = Reader.update(&state, .reveal(StoryID(plain)))
        press(&state, .enter, .tab)
        #expect(state.focus == .story)
        #expect(state.message == .info("this story has no latest-news list"))
    }

    @Test func escapeLeavesEachPlaceInTurn() {
        var state = reading(capital)
        press(&state, .tab, .escape)
        #expect(state.screen == .browse && state.focus == .list)
        #expect(press(&state, .escape) == [.quit])
    }

    @Test func whileSearchIsTypedKeysAreTextAndArrowsMoveTheList() {
        var state = makeState()
        press(&state, .character("/"), .character("j"), .character("k"))
        #expect(state.search.session?.query == "jk")
        press(&state, .backspace, .backspace, .down)
        #expect(state.search.session?.query == "" && state.list.selection == 1)
        press(&state, .escape)
        #expect(state.search.session == nil)
    }

    @Test func theHelpTakesEveryKeyWhileItIsUp() {
        var state = makeState(width: 40, height: 12)
        press(&state, .character("?"))
        #expect(state.help.isShown)
        press(&state, .character("j"), .down, .character("s"), .character("3"))
        #expect(state.help.scroll == 2 && state.list.selection == 0)
        #expect(state.marks(for: state.selectedSummary!.id) == StoryState())
        press(&state, .character("G"))
        #expect(state.help.scroll == HelpLayout(width: 40, height: 12, bindings: state.bindings).maximumScroll)
        press(&state, .enter)
        #expect(!state.help.isShown)
        press(&state, .character("?"), .escape)
        #expect(!state.help.isShown && state.screen == .browse)
    }

    @Test func aDigitJumpsOnlyWhereTheKeyIsFree() {
        var state = reading(capital)
        press(&state, .character("1"))
        #expect(state.openStory?.id == id(of: "Fireworks over the river draw record crowd"))
    }

    @Test func fSearchesOnlyWhenASearchIsOfferedAndOtherwiseLeavesTheMessage() {
        var state = reading(capital)
        press(&state, .character("9"))
        let message = state.message
        #expect(message?.kind == .error, "9 names no item here, so the status line says so")
        press(&state, .character("f"))
        #expect(state.message == message && state.search.session == nil)
    }
}
