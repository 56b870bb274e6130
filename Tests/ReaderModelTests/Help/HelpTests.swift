import ReaderModel
import ReaderTestSupport
import StoryKit
import TerminalKit
import Testing

@Suite struct HelpTests {
    @Test func theHelpScrollsOnlyAsFarAsItsLastLine() {
        var state = makeState(width: 40, height: 12)
        let layout = HelpLayout(width: 40, height: 12, bindings: state.bindings)
        #expect(layout.maximumScroll > 0, "the help must not fit 40×12 for this test to mean anything")
        send(&state, .toggleHelp, .scrollHelp(lines: 3))
        #expect(state.help.scroll == 3)
        send(&state, .scrollHelp(lines: Int.max))
        #expect(state.help.scroll == layout.maximumScroll)
        send(&state, .scrollHelp(lines: -1))
        #expect(state.help.scroll == layout.maximumScroll - 1)
        send(&state, .scrollHelp(lines: Int.min))
        #expect(state.help.scroll == 0)
        // A taller screen needs less scrolling; closing and opening starts at the top.
        send(&state, .scrollHelp(lines: Int.max), .resize(makeState(width: 40, height: 30).viewport))
        #expect(state.help.scroll == HelpLayout(width: 40, height: 30, bindings: state.bindings).maximumScroll)
        send(&state, .toggleHelp, .toggleHelp)
        #expect(state.help.scroll == 0)
        // Where everything fits there is nothing to scroll.
        var wide = makeState(width: 120, height: 40)
        send(&wide, .toggleHelp, .scrollHelp(lines: 5))
        #expect(wide.help.scroll == 0)
    }

    @Test func theHelpListsEveryKeyTheMapUses() {
        let described = HelpContents.groups(.standard).flatMap { $0.lines }.map { $0.keys }.joined(separator: " ")
        for key in [
            "k", "j", "g", "G", "n", "p", "Tab", "Enter", "1 … 9", "H", "L", "J", "K", "q", "v", "s", "m", "A", "u", "/", "f", "o", "U", "S", "a", "d", "c",
            "?", "Space",
        ] {
            #expect(described.contains(key), "help does not mention \(key)")
        }
    }
}
