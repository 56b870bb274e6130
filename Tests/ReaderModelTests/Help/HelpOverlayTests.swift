import TerminalKit
import Testing

@testable import ReaderModel

/// The help overlay alone: its scroll stays within its lines, and what it does with intents.
@Suite struct HelpOverlayTests {
    private let layout = HelpLayout(width: 40, height: 12, bindings: .standard)

    @Test func theEndsArriveWithoutOverflowing() {
        var help = HelpOverlay()
        help.toggle()
        help.move(by: Int.max, in: layout)
        #expect(help.scroll == layout.maximumScroll)
        help.move(by: Int.min, in: layout)
        #expect(help.scroll == 0)
        help.move(by: -1, in: layout)
        #expect(help.scroll == 0)
    }

    @Test func aTallerScreenPullsTheScrollBack() {
        var help = HelpOverlay()
        help.toggle()
        help.move(by: Int.max, in: layout)
        help.fit(HelpLayout(width: 40, height: 60, bindings: .standard))
        #expect(help.scroll == 0)
    }

    @Test func itSwallowsWhatItDoesNotUse() {
        #expect(HelpOverlay.action(for: .toggleStar, page: 5) == nil)
        #expect(HelpOverlay.action(for: .open, page: 5) == nil)
        guard case .scrollHelp(let lines)? = HelpOverlay.action(for: .pageDown, page: 5) else { Issue.record("page down does not scroll"); return }
        #expect(lines == 5)
        guard case .toggleHelp? = HelpOverlay.action(for: .back, page: 5) else { Issue.record("back does not close"); return }
    }
}
