import TerminalKit

/// Turns a key into an intent through the bindings, whatever the screen: `j` is always
/// "down", never "scroll the story". Which part of the screen a movement moves is the
/// router's to decide, from the focus, so the two can never disagree.
public enum KeyMap {
    public static func action(for key: Key, bindings: KeyBindings) -> ReaderAction? {
        if case .character(let digit) = key, ("1"..."9").contains(digit), bindings.command(for: key) == nil {
            return .jump(item: Int(String(digit))!)
        }
        return bindings.command(for: key).map(action(for:))
    }

    static func action(for command: Command) -> ReaderAction {
        switch command {
        case .up: .moveUp
        case .down: .moveDown
        case .pageUp: .pageUp
        case .pageDown: .pageDown
        case .top: .top
        case .bottom: .bottom
        case .nextUnread: .nextUnread
        case .previousUnread: .previousUnread
        case .previousMatch: .previousMatch
        case .savedSearches: .toggleSavedSearches
        case .saveSearch: .saveCurrentSearch
        case .pipeStory: .beginPipe
        case .copy: .copyToClipboard
        case .switchPane: .toggleFocus
        case .pageStory: .pageStory
        case .open: .open
        case .back: .back
        case .forward: .forward
        case .nextStory: .nextStory
        case .previousStory: .previousStory
        case .olderVersion: .stepVersion(by: 1)
        case .newerVersion: .stepVersion(by: -1)
        case .showOriginal: .showOriginal
        case .openWebPage: .openWebPage
        case .quit: .quit
        case .star: .toggleStar
        case .read: .toggleRead
        case .markAllRead: .markAllShownRead
        case .undo: .undo
        case .search: .beginSearch
        case .searchMissing: .searchOffered
        case .sort: .cycleSort
        case .unreadOnly: .toggleUnreadOnly
        case .starredOnly: .toggleStarredOnly
        case .agencyOnly: .filterAgencyOfSelection
        case .dayOnly: .filterDayOfSelection
        case .clearFilters: .clearFilters
        case .help: .toggleHelp
        }
    }
}
