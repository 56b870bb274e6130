/// A movement key's meaning before anyone knows what it moves: the list's selection,
/// the story's scroll, the latest-news selection or the help overlay, whichever the
/// router finds in focus.
enum Movement: Sendable {
    case up, down, pageUp, pageDown, top, bottom

    init?(_ action: ReaderAction) {
        switch action {
        case .moveUp: self = .up
        case .moveDown: self = .down
        case .pageUp: self = .pageUp
        case .pageDown: self = .pageDown
        case .top: self = .top
        case .bottom: self = .bottom
        default: return nil
        }
    }

    /// The position it leads to among `count` positions from `current`, clamped to them.
    func position(from current: Int, count: Int, page: Int) -> Int {
        let target: Int
        switch self {
        case .up: target = current - 1
        case .down: target = current + 1
        case .pageUp: target = current - page
        case .pageDown: target = current + page
        case .top: target = 0
        case .bottom: target = count - 1
        }
        return max(0, min(count - 1, target))
    }

    /// How many lines it scrolls a text by: the ends are far enough to reach from anywhere.
    func lines(page: Int) -> Int {
        switch self {
        case .up: -1
        case .down: 1
        case .pageUp: -page
        case .pageDown: page
        case .top: Int.min / 2
        case .bottom: Int.max / 2
        }
    }
}
