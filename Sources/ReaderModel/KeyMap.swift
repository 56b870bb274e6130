/// A key as the terminal reports it, free of any terminal library.
public enum Key: Hashable, Sendable {
    case character(Character)
    case control(Character)
    case up, down, left, right, pageUp, pageDown, home, end
    case enter, tab, backTab, escape, backspace, delete
    case function(Int)
}

/// What a key can be bound to: the reader's commands, by the names a config file uses.
public enum Command: String, CaseIterable, Sendable {
    case up, down, pageUp = "page-up", pageDown = "page-down", top, bottom
    case nextUnread = "next-unread", previousUnread = "previous-unread", switchPane = "switch-pane", pageStory = "page-story"
    case open, back, forward, nextStory = "next-story", previousStory = "previous-story", showOriginal = "show-original", quit
    case star, read, markAllRead = "mark-all-read", undo
    case search, searchMissing = "search-missing", sort, unreadOnly = "unread-only", starredOnly = "starred-only"
    case agencyOnly = "agency-only", dayOnly = "day-only", clearFilters = "clear-filters", help

    /// What the help overlay says the command does.
    public var meaning: String {
        switch self {
        case .up: "line up"
        case .down: "line down"
        case .pageUp: "page up"
        case .pageDown: "page down"
        case .top: "first"
        case .bottom: "last"
        case .nextUnread: "next unread"
        case .previousUnread: "previous unread"
        case .switchPane: "switch pane"
        case .pageStory: "page story down"
        case .open: "read full screen"
        case .back: "back, then quit"
        case .forward: "forward again"
        case .nextStory: "next story"
        case .previousStory: "previous story"
        case .showOriginal: "show saved page"
        case .quit: "quit now"
        case .star: "star / unstar"
        case .read: "read / unread"
        case .markAllRead: "mark shown as read"
        case .undo: "undo last marking"
        case .search: "search as you type"
        case .searchMissing: "search missing story"
        case .sort: "change sort order"
        case .unreadOnly: "only unread"
        case .starredOnly: "only starred"
        case .agencyOnly: "only this agency"
        case .dayOnly: "only this day"
        case .clearFilters: "clear filters"
        case .help: "this help"
        }
    }

    /// The help overlay's groups, in order.
    public static let groups: [(name: String, commands: [Command])] = [
        ("Moving", [.up, .down, .pageUp, .pageDown, .top, .bottom, .nextUnread, .previousUnread, .switchPane, .pageStory]),
        ("Reading", [.open, .back, .forward, .nextStory, .previousStory, .showOriginal, .quit]),
        ("Marking", [.star, .read, .markAllRead, .undo]),
        ("Finding", [.search, .searchMissing, .sort, .unreadOnly, .starredOnly, .agencyOnly, .dayOnly, .clearFilters, .help]),
    ]
}

/// Which keys run which commands: the defaults, or a configuration's changes to them.
public struct KeyBindings: Hashable, Sendable {
    public private(set) var keys: [Command: [Key]]
    private var commands: [Key: Command]

    public static let standard = KeyBindings(keys: [
        .up: [.up, .character("k")], .down: [.down, .character("j")],
        .pageUp: [.pageUp, .control("b"), .control("u")], .pageDown: [.pageDown, .control("f"), .control("d")],
        .top: [.home, .character("g")], .bottom: [.end, .character("G")],
        .nextUnread: [.character("n")], .previousUnread: [.character("p")],
        .switchPane: [.tab, .backTab], .pageStory: [.character(" ")],
        .open: [.enter, .right, .character("l")], .back: [.character("q"), .character("H"), .backspace, .escape, .left],
        .forward: [.character("L")], .nextStory: [.character("J")], .previousStory: [.character("K")],
        .showOriginal: [.character("v")], .quit: [.character("Q")],
        .star: [.character("s")], .read: [.character("m")], .markAllRead: [.character("A")], .undo: [.character("u")],
        .search: [.character("/")], .searchMissing: [.character("f")], .sort: [.character("o")],
        .unreadOnly: [.character("U")], .starredOnly: [.character("S")], .agencyOnly: [.character("a")],
        .dayOnly: [.character("d")], .clearFilters: [.character("c")], .help: [.character("?"), .function(1)],
    ])

    public init(keys: [Command: [Key]]) {
        self.keys = keys
        commands = [:]
        for (command, bound) in keys { for key in bound { commands[key] = command } }
    }

    public func command(for key: Key) -> Command? { commands[key] }

    /// Binds `command` to exactly these keys, taking them from whatever had them before.
    public mutating func bind(_ command: Command, to newKeys: [Key]) {
        for key in newKeys {
            if let previous = commands[key], previous != command { keys[previous]?.removeAll { $0 == key } }
        }
        keys[command] = newKeys
        self = KeyBindings(keys: keys)
    }
}

/// Maps keys to actions, per screen, through the bindings; the help overlay is drawn
/// from the same bindings, so it always lists the keys that work.
public enum KeyMap {
    /// One line of the help overlay.
    public struct Binding: Hashable, Sendable {
        public var keys: String
        public var meaning: String
    }

    public static func action(for key: Key, in state: ReaderState) -> ReaderAction? {
        if state.showsHelp {
            switch key {
            case .escape, .enter: return .toggleHelp
            default:
                // The overlay scrolls with the movement keys when the screen is too short for it.
                var page: Int { max(1, HelpLayout(width: state.viewport.width, height: state.viewport.height, bindings: state.bindings).visibleRows - 1) }
                switch state.bindings.command(for: key) {
                case .help?, .back?: return .toggleHelp
                case .quit?: return .quit
                case .down?: return .scrollHelp(lines: 1)
                case .up?: return .scrollHelp(lines: -1)
                case .pageDown?, .pageStory?: return .scrollHelp(lines: page)
                case .pageUp?: return .scrollHelp(lines: -page)
                case .top?: return .scrollHelp(lines: Int.min)
                case .bottom?: return .scrollHelp(lines: Int.max)
                default: return nil
                }
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
        if case .character(let digit) = key, ("1"..."9").contains(digit), state.bindings.command(for: key) == nil {
            return .jump(item: Int(String(digit))!)
        }
        guard let command = state.bindings.command(for: key) else { return nil }
        return action(for: command, in: state)
    }

    static func action(for command: Command, in state: ReaderState) -> ReaderAction? {
        let inList = state.focus == .list
        let page = max(1, state.storyRows - 1)
        switch command {
        case .up: return inList ? .moveUp : .scrollStory(lines: -1)
        case .down: return inList ? .moveDown : .scrollStory(lines: 1)
        case .pageUp: return inList ? .pageUp : .scrollStory(lines: -page)
        case .pageDown: return inList ? .pageDown : .scrollStory(lines: page)
        case .top: return inList ? .top : .scrollStory(lines: Int.min / 2)
        case .bottom: return inList ? .bottom : .scrollStory(lines: Int.max / 2)
        case .nextUnread: return .nextUnread
        case .previousUnread: return .previousUnread
        case .switchPane: return .toggleFocus
        case .pageStory: return .scrollStory(lines: page)
        case .open: return .open
        case .back: return .back
        case .forward: return .forward
        case .nextStory: return .nextStory
        case .previousStory: return .previousStory
        case .showOriginal: return .showOriginal
        case .quit: return .quit
        case .star: return .toggleStar
        case .read: return .toggleRead
        case .markAllRead: return .markAllShownRead
        case .undo: return .undo
        case .search: return .beginSearch
        case .searchMissing: return state.offeredSearch == nil ? nil : .searchOffered
        case .sort: return .cycleSort
        case .unreadOnly: return .toggleUnreadOnly
        case .starredOnly: return .toggleStarredOnly
        case .agencyOnly: return .filterAgencyOfSelection
        case .dayOnly: return .filterDayOfSelection
        case .clearFilters: return .clearFilters
        case .help: return .toggleHelp
        }
    }

    /// The help overlay's content, from the bindings in force.
    public static func help(_ bindings: KeyBindings) -> [(group: String, bindings: [Binding])] {
        var groups = Command.groups.map { group in
            (group.name, group.commands.compactMap { command -> Binding? in
                let keys = bindings.keys[command] ?? []
                guard !keys.isEmpty else { return nil }
                return Binding(keys: keys.prefix(3).map(KeyName.name).joined(separator: " "), meaning: command.meaning)
            })
        }
        groups[1].1.insert(Binding(keys: "1 … 9", meaning: "jump to item"), at: 1)
        return groups
    }
}

/// Key names as config files and the help overlay write them: `s`, `Enter`, `Ctrl-D`, `F1`.
public enum KeyName {
    public static func name(_ key: Key) -> String {
        switch key {
        case .character(" "): "Space"
        case .character(let character): String(character)
        case .control(let character): "Ctrl-" + String(character).uppercased()
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .enter: "Enter"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .escape: "Esc"
        case .backspace: "Backspace"
        case .delete: "Delete"
        case .function(let number): "F\(number)"
        }
    }

    /// Reads a key name (any case for the named keys); nil for a name that means nothing.
    public static func key(_ text: String) -> Key? {
        let named: [String: Key] = [
            "space": .character(" "), "up": .up, "down": .down, "left": .left, "right": .right,
            "pageup": .pageUp, "pgup": .pageUp, "pagedown": .pageDown, "pgdn": .pageDown, "home": .home, "end": .end,
            "enter": .enter, "return": .enter, "tab": .tab, "shift-tab": .backTab, "esc": .escape, "escape": .escape,
            "backspace": .backspace, "delete": .delete,
        ]
        if text.count == 1, let character = text.first { return .character(character) }
        let lowered = text.lowercased()
        if let key = named[lowered] { return key }
        if lowered.hasPrefix("ctrl-"), lowered.count == 6, let letter = lowered.last, letter.isLetter { return .control(letter) }
        if lowered.hasPrefix("f"), let number = Int(lowered.dropFirst()), (1...12).contains(number) { return .function(number) }
        return nil
    }
}
