import ReaderModel
import ReaderTestSupport
import StoryKit
import TerminalKit
import Testing

/// Clicks and the wheel through the mouse map and the router, at 120×40 (list on the
/// left from row 1, under the day line of row 1, the reading pane from column 50).
@Suite struct MouseTests {
    private func click(_ state: inout ReaderState, x: Int, y: Int, _ kind: MouseEvent.Kind = .click) -> [ReaderEffect] {
        Reader.update(&state, .mouse(MouseEvent(x: x, y: y, kind: kind)))
    }

    @Test func aClickSelectsTheRowAndGivesTheListTheFocus() {
        var state = makeState()
        press(&state, .tab)
        _ = click(&state, x: 5, y: 4)
        #expect(state.list.selection == 2 && state.focus == .list && state.screen == .browse)
    }

    @Test func aClickOnADayLineSelectsNothing() {
        var state = makeState()
        press(&state, .character("j"))
        #expect(click(&state, x: 5, y: 1).isEmpty)
        #expect(state.list.selection == 1)
        // Jan 4 has seven stories: line 9 names Jan 3, line 10 is its first story.
        _ = click(&state, x: 5, y: 9)
        #expect(state.list.selection == 1)
        _ = click(&state, x: 5, y: 10)
        #expect(state.list.selection == 7)
    }

    @Test func aDoubleClickOpensTheStory() {
        var state = makeState()
        let effects = click(&state, x: 5, y: 3, .doubleClick)
        #expect(state.screen == .reader && state.list.selection == 1)
        #expect(effects == [.record([StateChange(id: state.openStory!.id, kind: .read)])])
    }

    @Test func theWheelMovesWhatItIsOver() {
        var state = makeState(width: 60, height: 14)
        _ = click(&state, x: 5, y: 2, .wheelDown)
        #expect(state.list.selection == 3)
        _ = click(&state, x: 5, y: 10, .wheelDown)
        #expect(state.openStory!.scroll == 3 && state.list.selection == 3)
    }

    @Test func aClickOnALatestNewsItemJumpsToIt() {
        var state = makeState()
        _ = Reader.update(&state, .reveal(id(of: "New year celebrations light up the capital")))
        press(&state, .enter)
        let layout = ScreenLayout.make(width: 120, height: 40, screen: .reader)
        let story = layout.story!
        let lines = StoryView.lines(
            StoryView.Content(
                story: state.openStory!.story, itemInStore: state.openStory!.targets.map { $0 != nil },
                listedIn: state.openStory!.listedIn.map(\.headline)), width: story.width)
        let first = StoryView.line(ofItem: 0, in: lines)!
        _ = click(&state, x: story.x + 4, y: story.y + first - state.openStory!.scroll)
        #expect(state.openStory?.id == id(of: "Fireworks over the river draw record crowd"))
    }

    @Test func theMouseActsUnderTheHelpOverlayToo() {
        var state = makeState()
        press(&state, .character("?"))
        _ = click(&state, x: 5, y: 4)
        #expect(state.list.selection == 2 && state.help.isShown)
    }
}
