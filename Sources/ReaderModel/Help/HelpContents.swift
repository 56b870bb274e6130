import TerminalKit

/// What the help overlay lists, from the bindings in force, so it always names the keys that work.
public enum HelpContents {
    /// The overlay's groups of lines: keys (at most three) and what they do.
    public static func groups(_ bindings: KeyBindings) -> [(name: String, lines: [HelpLayout.Line])] {
        var groups = Command.groups.map { group in
            (
                name: group.name,
                lines: group.commands.compactMap { command -> HelpLayout.Line? in
                    let keys = bindings.keys[command] ?? []
                    guard !keys.isEmpty else { return nil }
                    return (keys: keys.prefix(3).map(KeyName.name).joined(separator: " "), meaning: command.meaning)
                }
            )
        }
        groups[1].lines.insert((keys: "1 … 9", meaning: "jump to item"), at: 1)
        return groups
    }
}

extension HelpLayout {
    /// The overlay's layout for the keys these bindings give.
    public init(width: Int, height: Int, bindings: KeyBindings) {
        self.init(width: width, height: height, groups: HelpContents.groups(bindings))
    }
}
