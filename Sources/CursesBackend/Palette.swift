import CNcursesw
import TerminalKit

/// Turns style roles into curses attributes and colour pairs, with 256 colours
/// where the terminal has them and the 8 basic ones otherwise.
struct Palette {
    private var pairs: [StyleRole: Int16] = [:]

    init(theme: TerminalTheme) {
        guard theme != .mono, has_colors(), start_color() == OK else { return }
        use_default_colors()
        let rich = byline_colors() >= 256
        for (offset, (role, basic, extended)) in Palette.scheme(theme).enumerated() {
            let pair = Int16(offset + 1)
            if init_pair(pair, rich ? extended : basic, -1) == OK { pairs[role] = pair }
        }
    }

    /// Role, 8-colour foreground, 256-colour foreground.
    private static func scheme(_ theme: TerminalTheme) -> [(StyleRole, Int16, Int16)] {
        let cyan = Int16(COLOR_CYAN), blue = Int16(COLOR_BLUE), red = Int16(COLOR_RED), yellow = Int16(COLOR_YELLOW)
        let magenta = Int16(COLOR_MAGENTA), green = Int16(COLOR_GREEN)
        switch theme {
        case .dark:
            return [
                (.title, cyan, 31), (.status, blue, 25), (.statusError, red, 160), (.unread, yellow, 214),
                (.starred, yellow, 220), (.link, cyan, 81), (.sectionHeading, magenta, 176), (.helpKey, green, 114),
                (.searchPrompt, yellow, 214), (.border, cyan, 66), (.match, yellow, 220),
            ]
        case .light:
            return [
                (.title, blue, 24), (.status, blue, 24), (.statusError, red, 124), (.unread, blue, 26),
                (.starred, magenta, 127), (.link, blue, 25), (.sectionHeading, magenta, 90), (.helpKey, green, 28),
                (.searchPrompt, red, 124), (.border, blue, 67), (.match, red, 160),
            ]
        case .mono:
            return []
        }
    }

    func attributes(for style: Style) -> (attributes: attr_t, pair: Int16) {
        var attributes = byline_a_normal()
        if style.bold { attributes |= byline_a_bold() }
        if style.dim { attributes |= byline_a_dim() }
        if style.reverse { attributes |= byline_a_reverse() }
        if style.underline { attributes |= byline_a_underline() }
        return (attributes, pairs[style.role] ?? 0)
    }
}
