import ReaderTestSupport
import StoryKit
import TerminalKit
import Testing

@testable import ReaderModel

@Suite struct HandoffTests {
    private func state(pipe: String = "", clipboard: Bool = false) -> ReaderState {
        ReaderState(
            library: FixtureLibrary.library(), viewport: ScreenLayout.viewport(width: 120, height: 40),
            handoff: HandoffPreferences(pipeCommand: pipe, clipboard: clipboard))
    }

    @Test func pipeTakesACommandLineAndTheFormThenHandsTheStoryOver() {
        var state = state(pipe: "wc")
        let selected = state.selectedSummary!.id
        press(&state, .character("|"))
        #expect(state.pipe.isEditing && state.pipe.command == "wc")
        // Keys are text while the command is typed: `q` does not quit, `s` does not star.
        let typed = press(&state, .character(" "), .character("-"), .character("w"), .character("q"), .backspace, .tab)
        #expect(typed.isEmpty)
        #expect(state.pipe.command == "wc -w" && state.pipe.form == .page)
        guard case .prompt(let label, let text) = ScreenContent.status(state, width: 100) else {
            Issue.record("no prompt in the status line")
            return
        }
        #expect(label.hasPrefix("pipe saved page to") && text == "wc -w")
        #expect(press(&state, .enter) == [.pipeStory(selected, command: "wc -w", form: .page)])
        #expect(!state.pipe.isEditing)
        send(&state, .pipeFinished(command: "wc -w", status: 1))
        #expect(state.message == .error("“wc -w” ended with status 1"))
    }

    @Test func anEmptyCommandOrEscapePipesNothing() {
        var state = state()
        #expect(press(&state, .character("|"), .enter).isEmpty)
        #expect(state.message?.kind == .error)
        #expect(press(&state, .character("|"), .character("x"), .escape).isEmpty)
        #expect(!state.pipe.isEditing)
    }

    @Test func yCopiesOnlyWhenTheConfigurationAllowsIt() {
        var off = state()
        #expect(press(&off, .character("y")).isEmpty)
        #expect(off.message?.text.contains("clipboard = true") == true)
        var on = state(clipboard: true)
        let headline = on.selectedSummary!.headline
        // A wire story states no address: its headline is copied.
        #expect(press(&on, .character("y")) == [.copyToClipboard(headline)])
        #expect(on.message?.text == "copied the headline")
    }
}
