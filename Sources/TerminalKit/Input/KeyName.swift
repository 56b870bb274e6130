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
