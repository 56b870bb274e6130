/// What the help overlay lists, from the bindings in force, so it always names the keys that work.
public enum HelpContents {
    /// One line of the overlay: keys and what they do.
    public struct Entry: Hashable, Sendable {
        public var keys: String
        public var meaning: String
    }

    public static func groups(_ bindings: KeyBindings) -> [(group: String, entries: [Entry])] {
        var groups = Command.groups.map { group in
            (group.name, group.commands.compactMap { command -> Entry? in
                let keys = bindings.keys[command] ?? []
                guard !keys.isEmpty else { return nil }
                return Entry(keys: keys.prefix(3).map(KeyName.name).joined(separator: " "), meaning: command.meaning)
            })
        }
        groups[1].1.insert(Entry(keys: "1 … 9", meaning: "jump to item"), at: 1)
        return groups
    }
}
