import TerminalKit

/// The help overlay: whether it is up and how far it is scrolled. While it is up it
/// takes every key; movement scrolls it when the screen is too short for all of it.
public struct HelpOverlay: Hashable, Sendable {
    public internal(set) var isShown = false
    /// How many lines are scrolled off its top.
    public internal(set) var scroll = 0

    mutating func toggle() {
        isShown.toggle()
        scroll = 0
    }

    /// Scrolls by `lines`, never before the first line or past `layout`'s last; the
    /// ends (`Int.min`, `Int.max`) arrive without overflowing.
    mutating func move(by lines: Int, in layout: HelpLayout) {
        let limit = layout.maximumScroll
        let (target, overflow) = scroll.addingReportingOverflow(lines)
        scroll = overflow ? (lines < 0 ? 0 : limit) : min(max(0, target), limit)
    }

    /// A new screen size may show more of it: keeps the scroll within the new layout.
    mutating func fit(_ layout: HelpLayout) {
        if isShown { scroll = min(scroll, layout.maximumScroll) }
    }

    /// What an intent does while the overlay is up: scroll it, close it, or quit;
    /// nil for anything else, which the overlay swallows.
    static func action(for intent: ReaderAction, page: Int) -> ReaderAction? {
        switch intent {
        case .toggleHelp, .back: return .toggleHelp
        case .quit: return .quit
        case .scrollHelp: return intent
        case .pageStory: return .scrollHelp(lines: page)
        default:
            guard let movement = Movement(intent) else { return nil }
            switch movement {
            case .top: return .scrollHelp(lines: Int.min)
            case .bottom: return .scrollHelp(lines: Int.max)
            default: return .scrollHelp(lines: movement.lines(page: page))
            }
        }
    }
}
