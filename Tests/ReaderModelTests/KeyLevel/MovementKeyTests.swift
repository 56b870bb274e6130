import ReaderModel
import ReaderTestSupport
import StoryKit
import TerminalKit
import Testing

/// Every movement key, pressed through the key map and the router, on every screen
/// and focus: it must move what has the focus, and nothing else.
@Suite struct MovementKeyTests {
    /// A screen and focus, reached by keys from a fresh start.
    enum Place: String, CaseIterable, Sendable, CustomTestStringConvertible {
        case list, readingPane, reader, latestNews
        var testDescription: String { rawValue }

        func state() -> ReaderState {
            var state = makeState(width: 60, height: 14)
            _ = Reader.update(&state, .reveal(id(of: "New year celebrations light up the capital")))
            switch self {
            case .list: break
            case .readingPane: press(&state, .tab)
            case .reader: press(&state, .enter)
            case .latestNews: press(&state, .enter, .tab)
            }
            return state
        }
    }

    /// A movement key and the position it leads to from `start`, within `0...last`, a page being `page`.
    enum Movement: String, CaseIterable, Sendable, CustomTestStringConvertible {
        case j, k, down, up, pageDown, pageUp, controlD, controlU, controlF, controlB, g, shiftG = "G", home, end
        var testDescription: String { rawValue }

        var key: Key {
            switch self {
            case .j: .character("j")
            case .k: .character("k")
            case .down: .down
            case .up: .up
            case .pageDown: .pageDown
            case .pageUp: .pageUp
            case .controlD: .control("d")
            case .controlU: .control("u")
            case .controlF: .control("f")
            case .controlB: .control("b")
            case .g: .character("g")
            case .shiftG: .character("G")
            case .home: .home
            case .end: .end
            }
        }

        /// Keys that move back are pressed from the end, so they have somewhere to go.
        var startsAtEnd: Bool { [.k, .up, .pageUp, .controlU, .controlB, .g, .home].contains(self) }

        func target(from start: Int, last: Int, page: Int) -> Int {
            let target =
                switch self {
                case .j, .down: start + 1
                case .k, .up: start - 1
                case .pageDown, .controlD, .controlF: start + page
                case .pageUp, .controlU, .controlB: start - page
                case .g, .home: 0
                case .shiftG, .end: last
                }
            return max(0, min(last, target))
        }
    }

    /// What each part of the screen shows, to see which one a key moved.
    struct Positions: Equatable, CustomStringConvertible {
        var row: Int, scroll: Int, item: Int
        init(_ state: ReaderState) {
            row = state.list.selection
            scroll = state.openStory?.scroll ?? 0
            item = state.story.latestSelection
        }
        var description: String { "row \(row), scroll \(scroll), item \(item)" }
    }

    @Test(arguments: Place.allCases, Movement.allCases)
    func aMovementKeyMovesOnlyWhatHasTheFocus(place: Place, movement: Movement) {
        var state = place.state()
        if movement.startsAtEnd { press(&state, .end) }
        let before = Positions(state)
        press(&state, movement.key)
        var expected = before
        let viewport = state.viewport
        switch place {
        case .list:
            expected.row = movement.target(from: before.row, last: state.order.count - 1, page: viewport.listRows - 1)
            // Another row shows its own story in the pane, from its top.
            if expected.row != before.row { expected.scroll = state.openStory?.scroll ?? 0 }
        case .readingPane, .reader:
            let open = state.openStory!
            let rows = place == .reader ? viewport.readerRows : viewport.paneRows
            let columns = place == .reader ? viewport.readerColumns : viewport.paneColumns
            let last = ScreenRenderer.measure(open, columns) - rows
            #expect(last > rows, "the story must be longer than two screens to page through")
            expected.scroll = movement.target(from: before.scroll, last: last, page: rows - 1)
        case .latestNews:
            let count = state.openStory!.story.latest.count
            #expect(count > 2, "the story must list enough items to move between")
            expected.item = movement.target(from: before.item, last: count - 1, page: viewport.readerRows - 1)
        }
        #expect(Positions(state) == expected)
        #expect(state.screen == place.state().screen && state.focus == place.state().focus)
    }

    @Test(arguments: Place.allCases)
    func spacePagesTheStoryWhateverHasTheFocus(place: Place) {
        var state = place.state()
        let before = Positions(state)
        press(&state, .character(" "))
        let rows = place == .list || place == .readingPane ? state.viewport.paneRows : state.viewport.readerRows
        #expect(Positions(state) == Positions(row: before.row, scroll: before.scroll + rows - 1, item: before.item))
    }
}

extension MovementKeyTests.Positions {
    init(row: Int, scroll: Int, item: Int) {
        self.row = row
        self.scroll = scroll
        self.item = item
    }
}
