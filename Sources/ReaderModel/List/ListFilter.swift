import StoryKit

/// Which stories the list shows: the reader's `U`, `S`, `a` and `d`, and `byline list`'s
/// options, so both pick stories by the same rules.
public struct ListFilter: Hashable, Sendable {
    public var unreadOnly = false
    public var starredOnly = false
    /// An agency's name, matched in any case.
    public var agency: String? {
        didSet { foldedAgency = agency?.lowercased() }
    }
    /// Exactly this day.
    public var day: CalendarDate?
    /// This day or later (`byline list --since`).
    public var since: CalendarDate?
    private var foldedAgency: String?

    public init(unreadOnly: Bool = false, starredOnly: Bool = false, agency: String? = nil, day: CalendarDate? = nil, since: CalendarDate? = nil) {
        self.unreadOnly = unreadOnly
        self.starredOnly = starredOnly
        self.agency = agency
        self.day = day
        self.since = since
        foldedAgency = agency?.lowercased()
    }

    public var isActive: Bool { unreadOnly || starredOnly || agency != nil || day != nil || since != nil }

    /// Whether the filter needs a story's marks, which cost a lookup per story.
    var readsMarks: Bool { unreadOnly || starredOnly }

    /// The filter as terms of the query language ("is:unread agency:IANS date:2026-01-03"),
    /// so that the title shows every view as one query, filters and search together.
    public var queryTerms: String {
        let agencyTerm = agency.map { name in "agency:" + (name.contains(" ") ? "\"\(name)\"" : name) }
        return [unreadOnly ? "is:unread" : nil, starredOnly ? "is:starred" : nil, agencyTerm, day.map { "date:\($0)" }, since.map { "date:\($0).." }]
            .compactMap { $0 }.joined(separator: " ")
    }

    /// Whether a story with these fields and marks is shown.
    public func admits(agency storyAgency: String, date: CalendarDate?, marks: StoryState) -> Bool {
        if unreadOnly && marks.isRead { return false }
        if starredOnly && !marks.isStarred { return false }
        if let agency, storyAgency != agency, storyAgency.lowercased() != foldedAgency { return false }
        if let day, date != day { return false }
        if let since, date.map({ $0 < since }) ?? true { return false }
        return true
    }
}
