import StoryKit

/// Everything the reader shows and remembers, as one value: the view-model's state.
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

    /// The search being typed or kept.
    public struct Search: Hashable, Sendable {
        public var query: String
        /// True while typing; false once Enter kept the result.
        public var isEditing: Bool
        /// By index into `summaries`: whether the headline matches.
        var headlineMatched: [Bool]
        /// By index into `summaries`: whether the body matches (as the background search reports).
        var bodyMatched: [Bool]
        public internal(set) var headlineMatchCount: Int
        public internal(set) var bodyMatchCount: Int

        func matches(_ index: Int32) -> Bool { headlineMatched[Int(index)] || bodyMatched[Int(index)] }
        /// Matches only in the text, not the headline (the list marks these).
        public func matchesOnlyInText(_ index: Int32) -> Bool { !headlineMatched[Int(index)] && bodyMatched[Int(index)] }
        /// True while the body search for this query is still running.
        public var bodySearchPending: Bool
        /// Ties background results to the query that asked for them.
        public var generation: Int
    }

    /// A change that `u` can take back: the states of the stories before it.
    public struct Undo: Sendable {
        public var description: String
        public var previous: [StoryID: StoryState]
    }

    public var library: any StoryLibrary
    public private(set) var summaries: [StorySummary] = []
    public private(set) var marks: [StoryID: StoryState] = [:]
    /// Kept up to date by `setMarks`, so the title bar never counts 100,000 stories a frame.
    public private(set) var unreadCount = 0

    public var screen: Screen = .browse
    public var focus: Focus = .list
    public var showsHelp = false
    /// How many lines of the help overlay are scrolled off its top.
    public var helpScroll = 0
    /// Which keys run which commands (the defaults, or the configuration's).
    public var bindings = KeyBindings.standard
    /// Display preferences from the configuration, for the views.
    public var preferences = DisplayPreferences()
    public var viewport: Viewport
    /// How many lines a story takes at a width, from the views (so the model can stop scrolling at the end).
    public let measure: @Sendable (OpenStory, Int) -> Int

    public var sort: SortOrder = .newestFirst
    public var filter = ListFilter()
    public var search: Search?
    /// Indices into `summaries` of the stories the list shows, in order.
    public internal(set) var order: [Int32] = []
    /// The selected row (an index into `order`).
    public var selection = 0
    /// The first row drawn.
    public var listTop = 0

    /// The story in the reading pane or the reader, once loaded.
    public internal(set) var openStory: OpenStory?
    /// The selected latest-news item in the reader's panel.
    public var latestSelection = 0

    public var history = JumpHistory()
    public var undo: Undo?
    public var message: StatusMessage?
    /// A search the status line offers after a jump to a story that is not stored.
    public var offeredSearch: String?

    public internal(set) var headlineIndex: HeadlineSearchIndex?
    /// Counts the times the library was taken, so work started for an older one can be told apart.
    public private(set) var libraryGeneration = 0
    /// Every story in the current sort order, before filters; filtering keeps this order, so it is sorted once.
    var sortedAll: [Int32] = []
    /// Where each story sits in `summaries`.
    var summaryIndex = StoryPositions()
    var positions: [StoryID: Int] = [:]
    var nextGeneration = 1

    public init(library: any StoryLibrary, viewport: Viewport, measure: @escaping @Sendable (OpenStory, Int) -> Int, sort: SortOrder = .newestFirst) {
        self.library = library
        self.sort = sort
        self.viewport = viewport
        self.measure = measure
        takeLibrary(keepingMarks: false)
        for (id, state) in marks where state.position > 0 { positions[id] = state.position }
        Reader.resort(&self)
        Reader.rebuildOrder(&self, keeping: nil)
        Reader.loadSelection(&self)
    }

    // MARK: Derived

    public var selectedSummary: StorySummary? {
        order.indices.contains(selection) ? summaries[Int(order[selection])] : nil
    }

    public func marks(for id: StoryID) -> StoryState { marks[id] ?? StoryState() }

    /// Rows and columns the open story has on the current screen.
    public var storyRows: Int { screen == .reader ? viewport.readerRows : viewport.paneRows }
    public var storyColumns: Int { screen == .reader ? viewport.readerColumns : viewport.paneColumns }

    /// Takes the library's stories and saved marks: everything derived from the list of
    /// stories (where each sits, the search index, the unread count) is rebuilt here, once.
    /// With `keepingMarks`, marks made in this session win over the saved ones.
    mutating func takeLibrary(keepingMarks: Bool) {
        summaries = library.summaries
        libraryGeneration += 1
        summaryIndex = StoryPositions(minimumCapacity: summaries.count)
        for (position, summary) in summaries.enumerated() { summaryIndex[summary.id] = Int32(position) }
        headlineIndex = nil
        if keepingMarks {
            for (id, saved) in library.states where marks[id] == nil { marks[id] = saved }
        } else {
            marks = library.states
        }
        unreadCount = marks.isEmpty ? summaries.count : summaries.reduce(0) { $0 + ((marks[$1.id]?.isRead ?? false) ? 0 : 1) }
    }

    /// Changes one story's marks, keeping the unread count without a recount.
    mutating func setMarks(_ id: StoryID, _ new: StoryState) {
        let wasRead = marks[id]?.isRead ?? false
        marks[id] = new
        if summaryIndex[id] != nil && wasRead != new.isRead { unreadCount += new.isRead ? -1 : 1 }
    }
}

/// How the views should look, as the configuration says.
public struct DisplayPreferences: Hashable, Sendable {
    public enum DateStyle: String, Hashable, Sendable, CaseIterable { case dayMonth = "day-month", iso }

    /// The list's share of the width when list and story are side by side, in percent.
    public var listPercent = 40
    public var dateStyle = DateStyle.dayMonth

    public init(listPercent: Int = 40, dateStyle: DateStyle = .dayMonth) {
        self.listPercent = listPercent
        self.dateStyle = dateStyle
    }
}

/// The story on screen with what the views need to draw it.
public struct OpenStory: Sendable {
    public var id: StoryID
    public var story: Story
    /// The stored story each latest-news item names, or nil when it is not stored.
    public var targets: [StoryID?]
    /// Stories whose lists name this one, with their headlines.
    public var listedIn: [(id: StoryID, headline: String)]
    /// The first line shown.
    public var scroll: Int
    /// The story's height in lines at a width, as last measured: every scrolling key needs
    /// it, and measuring wraps the whole story, so it is measured again only at a new width.
    var measured: (columns: Int, lines: Int)?
}

/// A line for the status bar.
public struct StatusMessage: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case info, error }
    public var text: String
    public var kind: Kind

    public static func info(_ text: String) -> StatusMessage { StatusMessage(text: text, kind: .info) }
    public static func error(_ text: String) -> StatusMessage { StatusMessage(text: text, kind: .error) }
}

/// Back and forward through jumps between stories, like a browser.
public struct JumpHistory: Hashable, Sendable {
    public private(set) var back: [StoryID] = []
    public private(set) var forward: [StoryID] = []

    public init() {}

    mutating func leave(_ id: StoryID) {
        back.append(id)
        forward.removeAll()
    }

    mutating func goBack(from current: StoryID) -> StoryID? {
        guard let target = back.popLast() else { return nil }
        forward.append(current)
        return target
    }

    mutating func goForward(from current: StoryID) -> StoryID? {
        guard let target = forward.popLast() else { return nil }
        back.append(current)
        return target
    }
}
