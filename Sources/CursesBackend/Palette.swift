import CNcursesw
import TerminalKit

/// Turns style roles into curses attributes and colour pairs. Without colours
/// (`NO_COLOR`, a monochrome terminal) only bold, dim, reverse and underline are
/// used, and every role still reads: that is how the styles were chosen.
struct Palette {
    private var pairs: [StyleRole: Int16] = [:]

    init(colors: Bool) {
        guard colors, start_color() == OK else { return }
        use_default_colors()
        let scheme: [(StyleRole, Int16)] = [
            (.title, Int16(COLOR_CYAN)), (.status, Int16(COLOR_BLUE)), (.statusError, Int16(COLOR_RED)),
            (.unread, Int16(COLOR_YELLOW)), (.starred, Int16(COLOR_YELLOW)), (.link, Int16(COLOR_CYAN)),
            (.sectionHeading, Int16(COLOR_MAGENTA)), (.helpKey, Int16(COLOR_GREEN)), (.searchPrompt, Int16(COLOR_YELLOW)),
            (.border, Int16(COLOR_CYAN)),
        ]
        for (offset, (role, color)) in scheme.enumerated() {
            let pair = Int16(offset + 1)
            if init_pair(pair, color, -1) == OK { pairs[role] = pair }
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
