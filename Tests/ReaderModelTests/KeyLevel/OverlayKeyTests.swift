import ReaderModel
import ReaderTestSupport
import StoryKit
import TerminalKit
import Testing

/// Every movement key while the help overlay is up or a search is typed: the overlay
/// scrolls and nothing beneath moves; the search field takes letters as text and
/// moves the list only with the arrows.
@Suite struct OverlayKeyTests {
    typealias Movement = MovementKeyTests.Movement

    @Test(arguments: Movement.allCases)
    func theHelpOverlayScrollsAndNothingBeneathMoves(movement: Movement) {
        var state = makeState(width: 40, height: 12)
        press(&state, .character("?"))
        let layout = HelpLayout(width: 40, height: 12, bindings: state.bindings)
        if movement.startsAtEnd { press(&state, .end) }
        let start = state.help.scroll
        press(&state, movement.key)
        #expect(state.help.scroll == movement.target(from: start, last: layout.maximumScroll, page: layout.visibleRows - 1))
        #expect(state.help.isShown && state.list.selection == 0 && state.openStory?.scroll == 0)
    }

    @Test(arguments: Movement.allCases)
    func whileASearchIsTypedOnlyTheArrowsMoveTheList(movement: Movement) {
        var state = makeState()
        press(&state, .character("/"), .down, .down)
        press(&state, movement.key)
        let session = state.search.session!
        switch movement {
        case .j, .k, .g, .shiftG:
            // A letter is text: it narrows the list to the stories that hold it.
            #expect(session.query == movement.rawValue)
        case .down:
            #expect(session.query.isEmpty && state.list.selection == 3)
        case .up:
            #expect(session.query.isEmpty && state.list.selection == 1)
        default:
            #expect(session.query.isEmpty && state.list.selection == 2, "\(movement) is neither text nor a move while typing")
        }
        #expect(session.isEditing)
    }
}
