import StoryKit
import TerminalKit

/// Everything that can happen to the reader. Intents are what a person asks for (the
/// key map and the mouse map emit them, and the router hands each to the part of the
/// screen in focus); results are what the runtime reports back after running an effect
/// or finishing work in the background. Every change of state arrives as one of these.
public enum ReaderAction: Sendable {
    // MARK: Intents

    /// A key as pressed: the router reads it as text while a search is typed, else
    /// through the key map.
    case key(Key)
    /// A click or the wheel, which the mouse map turns into intents by where it happened.
    case mouse(MouseEvent)

    // Movement: the router decides whether the list, the story or the latest-news list moves.
    case moveUp, moveDown, pageUp, pageDown, top, bottom
    case nextUnread, previousUnread
    /// The previous line with a word the search found, in the open story.
    case previousMatch
    /// Opens or closes the panel of views (every story, then the saved searches).
    case toggleSavedSearches
    /// Keeps the current search as a saved search.
    case saveCurrentSearch
    /// `|` and the command line typed after it.
    case beginPipe, pipeInput(String), pipeDeleteBackward, pipeToggleForm, pipeCommit, pipeCancel
    /// The piped command ended (`status` nil when it could not start).
    case pipeFinished(command: String, status: Int32?)
    /// `y`: the story's address, else its headline, to the clipboard.
    case copyToClipboard
    /// The background count of each saved search's stories (for the searches given).
    case savedSearchCounts([SavedSearch], [ViewCount])
    case select(row: Int)
    case scrollStory(lines: Int)
    /// Space: a page of the story, whichever pane has the focus.
    case pageStory

    // Opening and jumping
    case open
    case toggleFocus
    case back
    case forward
    case jump(item: Int)
    case nextStory, previousStory
    /// `]` and `[`: the open story's next older or newer version (round from the last).
    case stepVersion(by: Int)
    case searchOffered
    case showOriginal
    /// `b`: the story's web page (its canonical URL) in the person's browser.
    case openWebPage

    // Search
    case beginSearch
    case searchInput(String)
    case searchDeleteBackward
    case searchCommit
    case searchCancel

    // Marks
    case toggleRead, toggleStar, markAllShownRead, undo

    // List
    case cycleSort, toggleUnreadOnly, toggleStarredOnly, filterAgencyOfSelection, filterDayOfSelection, clearFilters

    // Screen
    case toggleHelp
    /// Moves the help overlay's lines when the screen is too short for all of them.
    case scrollHelp(lines: Int)
    case quit

    // MARK: Results

    /// Selects a story wherever it is, clearing a filter or search that hides it.
    case reveal(StoryID)
    case resize(Viewport)
    /// The local date changed (the reader ran past midnight), or is known at start.
    case dayChanged(CalendarDate)
    case searchAnswered(generation: Int, LibrarySearchAnswer)
    /// The links of a story opened while the library could not answer them at once,
    /// found in the background from the library of that generation.
    case linksFound(StoryID, StoryLinks, libraryGeneration: Int)
    /// The library's neighbours of a story, found in the background.
    case neighboursFound(StoryID, StoryNeighbours)
    /// The headline index, built in the background for the library of its generation.
    case headlineIndexReady(HeadlineSearchIndex)
    /// The store changed on disk (another process imported): the reader takes the new
    /// library, and the selection stays on `selectionKeptOn`, else where it was.
    case libraryReplaced(any StoryLibrary, selectionKeptOn: StoryID?)
    /// The whole library, read after the first screen was drawn from the newest stories
    /// (`StoryLibrary.totals`): it takes their place, and the open story is read again
    /// with its links to the whole store.
    case libraryCompleted(any StoryLibrary)
    /// What `byline PATH...` imported before the reader started.
    case imported(ImportReport)
    /// An effect could not be carried out; the status line says why.
    case effectFailed(String)
    /// Something the person should know from the start (a damaged store, a configuration problem).
    case notice(StatusMessage)
    /// The pager for `v` ended; `started` is false when it could not be run.
    case pagerFinished(pager: String, started: Bool)
    /// The browser for `b` was started, or could not be (`browser` names what was tried).
    case browserFinished(browser: String, started: Bool)

    /// Whether a person asked for this (a key, a click), as opposed to the runtime
    /// reporting something; an intent replaces the status-line message.
    var isIntent: Bool {
        switch self {
        case .reveal, .resize, .dayChanged, .linksFound, .neighboursFound, .searchAnswered, .savedSearchCounts, .headlineIndexReady, .libraryReplaced,
            .libraryCompleted,
            .imported,
            .effectFailed, .notice,
            .pagerFinished,
            .pipeFinished,
            .browserFinished:
            false
        default: true
        }
    }
}
