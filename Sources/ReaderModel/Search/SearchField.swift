import TerminalKit

/// The search field while a query is typed: keys are text, not commands.
enum SearchField {
    static func action(for key: Key) -> ReaderAction? {
        switch key {
        case .escape: .searchCancel
        case .enter: .searchCommit
        case .backspace, .delete: .searchDeleteBackward
        case .character(let character): .searchInput(String(character))
        case .up: .moveUp
        case .down: .moveDown
        default: nil
        }
    }
}
