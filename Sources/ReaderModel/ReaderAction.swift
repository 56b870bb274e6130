import StoryKit

/// Everything that can happen to the reader: a person's commands (mapped from keys
/// and mouse by `KeyMap`) and the answers to effects the runtime ran.
public enum ReaderAction: Hashable, Sendable {
    // Movement
    case moveUp, moveDown, pageUp, pageDown, top, bottom
    case nextUnread, previousUnread
    case select(row: Int)
    /// Selects a story wherever it is, clearing a filter or search that hides it.
    case reveal(StoryID)
    case scrollStory(lines: Int)

    // Opening and jumping
    case open
    case toggleFocus
    case back
    case forward
    case jump(item: Int)
    case nextStory, previousStory
    case searchOffered
    case showOriginal

    // Search
    case beginSearch
    case searchInput(String)
    case searchDeleteBackward
    case searchCommit
    case searchCancel
    case bodyMatches(generation: Int, ids: [StoryID])
    /// The headline index, built in the background for the library of its generation.
    case headlineIndexReady(HeadlineSearchIndex)

    // Marks
    case toggleRead, toggleStar, markAllShownRead, undo

    // List
    case cycleSort, toggleUnreadOnly, toggleStarredOnly, filterAgencyOfSelection, filterDayOfSelection, clearFilters

    // Screen
    case toggleHelp
    /// Moves the help overlay's lines when the screen is too short for all of them.
    case scrollHelp(lines: Int)
    case resize(Viewport)
    case libraryChanged(selectionKeptOn: StoryID?)
    case quit
}

/// How much room the views have, from the terminal layout; the model pages by it.
public struct Viewport: Hashable, Sendable {
    public var width: Int
    public var height: Int
    /// Rows of the headline list (0 when the list is not shown).
    public var listRows: Int
    /// Rows and columns of the reading pane beside the list (0 when there is none).
    public var paneRows: Int
    public var paneColumns: Int
    /// Rows and columns of the story text in the full-screen reader.
    public var readerRows: Int
    public var readerColumns: Int

    public init(width: Int, height: Int, listRows: Int, paneRows: Int, paneColumns: Int, readerRows: Int, readerColumns: Int) {
        self.width = width
        self.height = height
        self.listRows = listRows
        self.paneRows = paneRows
        self.paneColumns = paneColumns
        self.readerRows = readerRows
        self.readerColumns = readerColumns
    }
}

/// Work the runtime does for the model: writes to the store and background searches.
public enum ReaderEffect: Hashable, Sendable {
    case record([StateChange])
    /// Show the page as it was imported in the person's pager.
    case showOriginal(StoryID)
    case searchBodies(query: String, generation: Int, candidates: [StoryID])
    case quit
}

/// One change of reading state for the store's log.
public struct StateChange: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case read, unread, star, unstar, position(Int) }
    public var id: StoryID
    public var kind: Kind

    public init(id: StoryID, kind: Kind) {
        self.id = id
        self.kind = kind
    }
}
