import StoryKit

/// Work the runtime does for the model: writes to the store and background searches.
/// Whatever comes of it returns as a `ReaderAction`.
public enum ReaderEffect: Hashable, Sendable {
    case record([StateChange])
    /// Show the page as it was imported in the person's pager.
    case showOriginal(StoryID)
    /// Open a web address (always `http` or `https`) in the person's browser.
    case openWebPage(String)
    /// Ask the library for every story matching the query; `marks` as the reader has them.
    case searchStories(StoryQuery, generation: Int, marks: [StoryID: StoryState])
    /// Count the stories and unread stories of each saved search, in the background.
    case countSavedSearches([SavedSearch], marks: [StoryID: StoryState])
    /// Add a saved search to the configuration file.
    case saveSearch(SavedSearch)
    /// Run `command` (a shell command line the person typed) with the story on its input.
    case pipeStory(StoryID, command: String, form: PipePrompt.Form)
    /// Set the terminal's clipboard to this text (OSC 52).
    case copyToClipboard(String)
    case quit
}
