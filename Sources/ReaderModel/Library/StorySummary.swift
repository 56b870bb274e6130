import StoryKit

/// What the headline list shows of a story, without its text.
public struct StorySummary: Hashable, Sendable {
    public var id: StoryID
    public var headline: String
    public var agency: String
    public var place: String
    public var date: CalendarDate?
    /// Orders the list: the story's minute (see `StoryTime`), with what it rests on.
    public var sortMinute: Int64
    public var timeKind: StoryTime.Kind
    /// The key the story's versions share (0: none), as the store groups them.
    public var versionGroup: UInt64

    public var time: StoryTime { StoryTime(minute: sortMinute, kind: timeKind) }

    public init(
        id: StoryID, headline: String, agency: String = "", place: String = "", date: CalendarDate? = nil, sortMinute: Int64 = 0,
        timeKind: StoryTime.Kind = .day, versionGroup: UInt64 = 0
    ) {
        self.id = id
        self.headline = headline
        self.agency = agency
        self.place = place
        self.date = date
        self.sortMinute = sortMinute
        self.timeKind = timeKind
        self.versionGroup = versionGroup
    }
}
