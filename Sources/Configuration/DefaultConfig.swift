import ReaderModel
import TerminalKit

extension ConfigFile {
    /// The default configuration, every setting written out with what it may be: what
    /// `byline config --print-default` prints, and what an empty file means.
    public static var defaultText: String {
        var text = """
            # Byline configuration: ~/.config/byline/config.toml ($XDG_CONFIG_HOME/byline/config.toml),
            # or the file given with --config. Every line here is the default; change what you like.
            # A mistake is reported with its line number and the reader starts anyway.

            # The store folder, when neither --store nor BYLINE_STORE names one.
            # store = "~/.local/share/byline"

            # The headline list's order at start: "newest", "oldest" or "agency".
            sort = "newest"

            # Colours: "dark", "light" (for light backgrounds) or "mono". NO_COLOR always wins.
            theme = "dark"

            # Dates: "day-month" (4 Jan 2026) or "iso" (2026-01-04).
            date-format = "day-month"

            # The list's share of the width, in percent, when list and story are side by side (20 to 80).
            list-width = 40

            # The command | offers for piping the open story (its text on the command's input;
            # Tab in the prompt sends the saved page instead). Empty: type one each time.
            pipe = ""

            # Whether y may copy the story's address to the clipboard through the terminal
            # (OSC 52). Off by default: a terminal that allows it lets any program set it.
            clipboard = false

            # Inbox folders: a page saved into one is imported as soon as it is completely written,
            # while the reader runs or `byline watch` does (one of them at a time per store).
            # Only the folders themselves are looked into, not their subfolders; a missing one is made.
            inbox = []
            # What becomes of a page once stored: "keep" leaves it; "move" moves it (with its
            # NAME_files folder) into inbox-move-to, or into "imported" inside its inbox folder.
            # A page that cannot be imported stays where it is; `byline check` lists it and why.
            inbox-after = "keep"
            inbox-move-to = ""

            # Keys: an action, then a key or a list of keys. Key names: a letter or sign, Enter,
            # Tab, Shift-Tab, Esc, Backspace, Delete, Space, Up, Down, Left, Right, PageUp,
            # PageDown, Home, End, Ctrl-A … Ctrl-Z, F1 … F12. Binding an action replaces its keys.
            # The digits 1 to 9 always jump to latest-news items.
            [keys]

            """
        for group in Command.groups {
            text += "# \(group.name)\n"
            for command in group.commands {
                let keys = (KeyBindings.standard.keys[command] ?? []).map { "\"\(configName($0))\"" }
                let value = keys.count == 1 ? keys[0] : "[" + keys.joined(separator: ", ") + "]"
                text +=
                    "\(command.rawValue) = \(value)\(String(repeating: " ", count: max(1, 40 - command.rawValue.count - value.count)))# \(command.meaning)\n"
            }
        }
        text += """

            # Saved searches, each a view of its own (V lists them with their unread counts;
            # W in the reader adds the search kept on screen): name = "query", in the query
            # language of / and `byline search`.
            [searches]
            # "Unread from IANS" = "agency:IANS is:unread"
            # "Seoul weather" = "place:Seoul (snow OR storm OR flood)"

            """
        return text
    }

    /// Key names in the spelling `KeyName.key` reads back (arrows as words).
    static func configName(_ key: Key) -> String {
        switch key {
        case .up: "Up"
        case .down: "Down"
        case .left: "Left"
        case .right: "Right"
        case .pageUp: "PageUp"
        case .pageDown: "PageDown"
        default: KeyName.name(key)
        }
    }
}
