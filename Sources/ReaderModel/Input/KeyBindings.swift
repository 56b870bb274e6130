import TerminalKit

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
        .olderVersion: [.character("]")], .newerVersion: [.character("[")],
        .showOriginal: [.character("v")], .openWebPage: [.character("b")], .quit: [.character("Q")],
        .star: [.character("s")], .read: [.character("m")], .markAllRead: [.character("A")], .undo: [.character("u")],
        .search: [.character("/")], .searchMissing: [.character("f")], .sort: [.character("o")],
        .unreadOnly: [.character("U")], .starredOnly: [.character("S")], .agencyOnly: [.character("a")],
        .dayOnly: [.character("d")], .clearFilters: [.character("c")], .previousMatch: [.character("N")],
        .savedSearches: [.character("V")], .saveSearch: [.character("W")],
        .pipeStory: [.character("|")], .copy: [.character("y")], .help: [.character("?"), .function(1)],
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
