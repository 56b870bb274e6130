/// What a key can be bound to: the reader's commands, by the names a config file uses.
public enum Command: String, CaseIterable, Sendable {
    case up, down, pageUp = "page-up", pageDown = "page-down", top, bottom
    case nextUnread = "next-unread", previousUnread = "previous-unread", switchPane = "switch-pane", pageStory = "page-story"
    case open, back, forward, nextStory = "next-story", previousStory = "previous-story", showOriginal = "show-original", openWebPage = "open-web-page", quit
    case olderVersion = "older-version", newerVersion = "newer-version"
    case star, read, markAllRead = "mark-all-read", undo
    case search, searchMissing = "search-missing", sort, unreadOnly = "unread-only", starredOnly = "starred-only"
    case agencyOnly = "agency-only", dayOnly = "day-only", clearFilters = "clear-filters", previousMatch = "previous-match"
    case savedSearches = "saved-searches", saveSearch = "save-search"
    case pipeStory = "pipe-story", copy, help

    /// What the help overlay says the command does.
    public var meaning: String {
        switch self {
        case .up: "line up"
        case .down: "line down"
        case .pageUp: "page up"
        case .pageDown: "page down"
        case .top: "first"
        case .bottom: "last"
        case .nextUnread: "next unread/match"
        case .previousUnread: "previous unread"
        case .switchPane: "switch pane"
        case .pageStory: "page story down"
        case .open: "read full screen"
        case .back: "back, then quit"
        case .forward: "forward again"
        case .nextStory: "next story"
        case .previousStory: "previous story"
        case .olderVersion: "older version"
        case .newerVersion: "newer version"
        case .showOriginal: "show saved page"
        case .openWebPage: "open web page"
        case .quit: "quit now"
        case .star: "star / unstar"
        case .read: "read / unread"
        case .markAllRead: "mark shown as read"
        case .undo: "undo last marking"
        case .search: "search as you type"
        case .searchMissing: "search missing story"
        case .sort: "change sort order"
        case .unreadOnly: "only unread"
        case .starredOnly: "only starred"
        case .agencyOnly: "only this agency"
        case .dayOnly: "only this day"
        case .clearFilters: "clear filters"
        case .previousMatch: "previous match"
        case .savedSearches: "views: saved searches"
        case .saveSearch: "save search as a view"
        case .pipeStory: "pipe story to a command"
        case .copy: "copy address (OSC 52)"
        case .help: "this help"
        }
    }

    /// The help overlay's groups, in order.
    public static let groups: [(name: String, commands: [Command])] = [
        ("Moving", [.up, .down, .pageUp, .pageDown, .top, .bottom, .nextUnread, .previousUnread, .switchPane, .pageStory]),
        (
            "Reading",
            [.open, .back, .forward, .nextStory, .previousStory, .olderVersion, .newerVersion, .showOriginal, .openWebPage, .pipeStory, .copy, .quit]
        ),
        ("Marking", [.star, .read, .markAllRead, .undo]),
        (
            "Finding",
            [
                .search, .searchMissing, .sort, .unreadOnly, .starredOnly, .agencyOnly, .dayOnly, .clearFilters, .previousMatch, .savedSearches, .saveSearch,
                .help,
            ]
        ),
    ]
}
