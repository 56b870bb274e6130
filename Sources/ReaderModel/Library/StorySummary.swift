import StoryKit

/// What the headline list shows of a story, without its text.
public struct StorySummary: Hashable, Sendable {
    public var id: StoryID
    public var headline: String
    public var agency: String
    public var place: String
    public var date: CalendarDate?
    /// Orders the list: the publication minute, else the day, else the import time.
    public var sortMinute: Int64

    public init(id: StoryID, headline: String, agency: String = "", place: String = "", date: CalendarDate? = nil, sortMinute: Int64 = 0) {
        self.id = id
        self.headline = headline
        self.agency = agency
        self.place = place
        self.date = date
        self.sortMinute = sortMinute
    }
}
