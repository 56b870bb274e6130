import StoryKit

/// Everything the reader shows and remembers, as one value: the library's stories and
/// the state of each component (list, story pane, search, help, marks), with the
/// screen and focus the router hands intents by. Only `Reader.update` changes it.
public struct ReaderState: Sendable {
    /// Which screen is up.
    public enum Screen: Hashable, Sendable {
        /// The headline list with the reading pane beside or below it.
        case browse
        /// One story filling the screen.
        case reader
    }

    /// Which part of the screen takes the movement keys.
    public enum Focus: Hashable, Sendable {
        case list, story, latestNews
    }

    public internal(set) var library: any StoryLibrary
    public internal(set) var summaries: [StorySummary] = []
    /// Counts the times the library was taken, so work started for an older one can be told apart.
    public internal(set) var libraryGeneration = 0
    /// Where each story sits in `summaries`.
    var summaryIndex = StoryPositions()
    /// The stories that are versions of one another.
    var versions = VersionIndex()

    public internal(set) var screen: Screen = .browse
    public internal(set) var focus: Focus = .list

    public internal(set) var list: HeadlineList
    public internal(set) var story: StoryPane
    public internal(set) var search = StorySearch()

    /// The list's order as the title names it: "best match" for a search's results.
    public var listOrderName: String {
        search.session?.isActive == true && search.session?.ranked != nil && search.ranksResults ? "best match" : list.sort.rawValue
    }
    public internal(set) var help = HelpOverlay()
    /// Every story, and each saved search as a view of its own.
    public internal(set) var views: SavedSearchViews
    public internal(set) var marks = Marks()
    public internal(set) var message: StatusMessage?

    /// Which keys run which commands (the defaults, or the configuration's).
    public let bindings: KeyBindings
    /// Display preferences from the configuration, for the views.
    public let preferences: DisplayPreferences
    /// The configuration's pipe command and clipboard permission.
    public let handoff: HandoffPreferences
    /// `|`'s command line, while it is typed.
    public internal(set) var pipe = PipePrompt()
    public internal(set) var viewport: Viewport
    /// The local date, as the runtime reports it: the list shows the time for today's and
    /// yesterday's stories and names those days (nil: no day is called today).
    public internal(set) var today: CalendarDate?
    /// How many lines a story takes at a width, so the model can stop scrolling at its end:
    /// the story view's own count unless a test counts the calls.
    public let measure: @Sendable (OpenStory, Int) -> Int

    public init(
        library: any StoryLibrary, viewport: Viewport, measure: @escaping @Sendable (OpenStory, Int) -> Int = ScreenRenderer.measure,
        sort: SortOrder = .newestFirst,
        bindings: KeyBindings = .standard, preferences: DisplayPreferences = DisplayPreferences(), savedSearches: [SavedSearch] = [],
        handoff: HandoffPreferences = HandoffPreferences(), today: CalendarDate? = nil
    ) {
        self.handoff = handoff
        self.today = today
        views = SavedSearchViews(savedSearches)
        self.library = library
        self.viewport = viewport
        self.measure = measure
        self.bindings = bindings
        self.preferences = preferences
        list = HeadlineList(sort: sort)
        story = StoryPane()
        takeLibrary(keepingMarks: false)
        // Each story reopens where the saved marks say it was left.
        story = StoryPane(positions: marks.byStory.compactMapValues { $0.position > 0 ? $0.position : nil })
        list.resort(summaries)
        Reader.rebuildList(&self, keeping: nil)
        Reader.loadSelection(&self)
    }

    // MARK: Derived

    /// Indices into `summaries` of the stories the list shows, in order.
    public var order: [Int32] { list.order }
    public var openStory: OpenStory? { story.open }

    public var selectedSummary: StorySummary? {
        list.selectedIndex.map { summaries[Int($0)] }
    }

    public func marks(for id: StoryID) -> StoryState { marks[id] }

    /// How many stories the store holds, how many are unread, and how many rows the whole
    /// list has: the library's totals while it holds only the newest stories
    /// (`StoryLibrary.totals`), else counted here.
    var storyCount: Int { library.totals?.stories ?? summaries.count }
    var unreadCount: Int { library.totals?.unread ?? marks.unreadCount }
    var rowCount: Int { library.totals?.rows ?? list.order.count }

    /// The story's frame on the current screen: the reading pane or the full-screen reader.
    var storyFrame: StoryPane.Frame {
        screen == .reader
            ? StoryPane.Frame(rows: viewport.readerRows, columns: viewport.readerColumns, measure: measure)
            : StoryPane.Frame(rows: viewport.paneRows, columns: viewport.paneColumns, measure: measure)
    }

    /// A page of story text: one line less than the pane shows, so reading keeps its place.
    var storyPage: Int { max(1, storyFrame.rows - 1) }

    func isListed(_ id: StoryID) -> Bool { summaryIndex[id] != nil }

    /// Every version of a story, itself included, newest first; empty when it has no other.
    public func versions(of id: StoryID) -> [StoryID] {
        versionSummaries(of: id).map(\.id)
    }

    /// The summaries of `id`'s versions, as `versions(of:)` orders them.
    func versionSummaries(of id: StoryID) -> [StorySummary] {
        guard let index = summaryIndex[id] else { return [] }
        return versions.versions(of: index, in: summaries).map { summaries[Int($0)] }
    }

    /// A story and its other versions: what a marking applies to.
    func withVersions(_ ids: [StoryID]) -> [StoryID] {
        guard !versions.isEmpty else { return ids }
        var seen = Set<StoryID>()
        return ids.flatMap { id in [id] + versions(of: id) }.filter { seen.insert($0).inserted }
    }

    /// Takes the library's stories and saved marks: everything derived from the list of
    /// stories (where each sits, the search index, the unread count) is rebuilt here, once.
    /// With `keepingMarks`, marks made in this session win over the saved ones.
    mutating func takeLibrary(keepingMarks: Bool) {
        summaries = library.summaries
        libraryGeneration += 1
        summaryIndex = library.summaryPositions
        versions = VersionIndex(summaries)
        search.dropIndex()
        marks.take(library.states, of: summaries, keepingSession: keepingMarks)
    }
}
