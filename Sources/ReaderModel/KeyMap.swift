/// A key as the terminal reports it, free of any terminal library.
public enum Key: Hashable, Sendable {
    case character(Character)
    case control(Character)
    case up, down, left, right, pageUp, pageDown, home, end
    case enter, tab, backTab, escape, backspace, delete
    case function(Int)
}

/// Maps keys to actions, per screen; the help overlay and the README list the same map.
public enum KeyMap {
    /// One line of the help overlay.
    public struct Binding: Hashable, Sendable {
        public var keys: String
        public var meaning: String
    }

    public static func action(for key: Key, in state: ReaderState) -> ReaderAction? {
        if state.showsHelp {
            switch key {
            case .character("?"), .character("q"), .escape, .enter: return .toggleHelp
            default: return nil
            }
        }
        if let search = state.search, search.isEditing {
            switch key {
            case .escape: return .searchCancel
            case .enter: return .searchCommit
            case .backspace, .delete: return .searchDeleteBackward
            case .character(let character): return .searchInput(String(character))
            case .up: return .moveUp
            case .down: return .moveDown
            default: return nil
            }
        }
        switch key {
        case .up, .character("k"): return state.focus == .list ? .moveUp : .scrollStory(lines: -1)
        case .down, .character("j"): return state.focus == .list ? .moveDown : .scrollStory(lines: 1)
        case .pageUp, .control("b"), .control("u"): return state.focus == .list ? .pageUp : .scrollStory(lines: -max(1, state.storyRows - 1))
        case .pageDown, .control("f"), .control("d"), .character(" "):
            return state.focus == .list && key != .character(" ") ? .pageDown : .scrollStory(lines: max(1, state.storyRows - 1))
        case .home, .character("g"): return state.focus == .list ? .top : .scrollStory(lines: Int.min / 2)
        case .end, .character("G"): return state.focus == .list ? .bottom : .scrollStory(lines: Int.max / 2)
        case .enter, .right, .character("l"): return .open
        case .tab, .backTab: return .toggleFocus
        case .character("q"), .left, .escape: return .back
        case .character("Q"): return .quit
        case .backspace, .character("H"): return .back
        case .character("L"): return .forward
        case .character("J"): return .nextStory
        case .character("K"): return .previousStory
        case .character("n"): return .nextUnread
        case .character("p"): return .previousUnread
        case .character("/"): return .beginSearch
        case .character("f") where state.offeredSearch != nil: return .searchOffered
        case .character("s"): return .toggleStar
        case .character("m"): return .toggleRead
        case .character("A"): return .markAllShownRead
        case .character("v"): return .showOriginal
        case .character("u"): return .undo
        case .character("o"): return .cycleSort
        case .character("U"): return .toggleUnreadOnly
        case .character("S"): return .toggleStarredOnly
        case .character("a"): return .filterAgencyOfSelection
        case .character("d"): return .filterDayOfSelection
        case .character("c"): return .clearFilters
        case .character("?"), .function(1): return .toggleHelp
        case .character(let digit) where ("1"..."9").contains(digit): return .jump(item: Int(String(digit))!)
        default: return nil
        }
    }

    /// The help overlay's content, in groups.
    public static let help: [(group: String, bindings: [Binding])] = [
        ("Moving", [
            Binding(keys: "↑ ↓  k j", meaning: "line up / down"),
            Binding(keys: "PgUp PgDn", meaning: "page up / down"),
            Binding(keys: "Home End  g G", meaning: "first / last"),
            Binding(keys: "n  p", meaning: "next / prev unread"),
            Binding(keys: "Tab", meaning: "switch pane"),
            Binding(keys: "Space", meaning: "page down in story"),
        ]),
        ("Reading", [
            Binding(keys: "Enter", meaning: "read full screen"),
            Binding(keys: "1 … 9", meaning: "jump to latest item"),
            Binding(keys: "Backspace  H", meaning: "back after a jump"),
            Binding(keys: "L", meaning: "forward again"),
            Binding(keys: "J  K", meaning: "next / prev story"),
            Binding(keys: "q  Esc", meaning: "back, then quit"),
            Binding(keys: "v", meaning: "saved page in pager"),
            Binding(keys: "Q", meaning: "quit now"),
        ]),
        ("Marking", [
            Binding(keys: "s", meaning: "star / unstar"),
            Binding(keys: "m", meaning: "read / unread"),
            Binding(keys: "A", meaning: "mark shown as read"),
            Binding(keys: "u", meaning: "undo last marking"),
        ]),
        ("Finding", [
            Binding(keys: "/", meaning: "search as you type"),
            Binding(keys: "f", meaning: "search missing story"),
            Binding(keys: "o", meaning: "change sort order"),
            Binding(keys: "U  S", meaning: "only unread / starred"),
            Binding(keys: "a  d", meaning: "only agency / day"),
            Binding(keys: "c", meaning: "clear filters"),
            Binding(keys: "?", meaning: "this help"),
        ]),
    ]
}
