import StoryKit

/// What the catalog keeps of one story: enough to draw the headline list, sort
/// and filter it, and resolve latest-news links, without opening story files.
public struct CatalogRecord: Hashable, Sendable {
    public var id: StoryID
    /// Hash of the original page bytes; a re-import of identical bytes is recognised by it.
    public var contentHash: UInt64
    public var headlineKey: UInt64
    public var date: CalendarDate?
    /// The story's time in minutes on the page's wall clock, and what it rests on
    /// (see `StoryTime`): the list sorts by it.
    public var sortMinute: Int64
    public var timeKind: StoryTime.Kind
    /// Unix seconds of the import.
    public var importedAt: Int64
    public var parserVersion: UInt16
    public var agency: String
    public var place: String
    public var headline: String
    /// The story's canonical URL and its key (0 when the page states none), and its site.
    public var url: String
    public var urlKey: UInt64
    public var site: String
    public var latest: [LinkKey]
    /// The band keys of the story's text fingerprint (empty: too little text), for finding
    /// its other versions; and the key its group of versions shares (0: none).
    public var bandKeys: [UInt32]
    public var versionGroup: UInt64

    public var time: StoryTime {
        get { StoryTime(minute: sortMinute, kind: timeKind) }
        set {
            sortMinute = newValue.minute
            timeKind = newValue.kind
        }
    }

    /// A latest-news item as the link index needs it.
    public struct LinkKey: Hashable, Sendable {
        public var headlineKey: UInt64
        public var minute: Int64
        /// The link's URL key, 0 when the item has no URL: a URL match wins over a headline.
        public var urlKey: UInt64
        /// Whether the page printed a time beside the item (else `minute` is the listing story's):
        /// only printed times are evidence of when the named story came out.
        public var timed: Bool

        /// The key of a latest-news item; one printed without a time is looked for
        /// nearest to `listingMinute`, the listing story's own time.
        public init(_ item: LatestItem, listingMinute: Int64) {
            headlineKey = HeadlineKey.hash(item.headline)
            minute = item.time.map { Int64($0.minuteNumber) } ?? listingMinute
            urlKey = URLKey.hash(item.url)
            timed = item.time != nil
        }

        public init(headlineKey: UInt64, minute: Int64, urlKey: UInt64 = 0, timed: Bool = true) {
            self.headlineKey = headlineKey
            self.minute = minute
            self.urlKey = urlKey
            self.timed = timed
        }
    }

    /// `fingerprint` is the story's text fingerprint when the caller has made it already.
    public init(
        id: StoryID, contentHash: UInt64, story: Story, importedAt: Int64, parserVersion: Int, savedAt: WallClockTime? = nil,
        fingerprint: TextFingerprint? = nil
    ) {
        self.id = id
        self.contentHash = contentHash
        self.headlineKey = HeadlineKey.hash(story.headline)
        self.date = story.date
        let ownTime = StoryTime(ownPage: story, importedAt: importedAt, savedAt: savedAt)
        sortMinute = ownTime.minute
        timeKind = ownTime.kind
        self.importedAt = importedAt
        self.parserVersion = UInt16(clamping: parserVersion)
        self.agency = story.agency ?? ""
        self.place = story.place ?? ""
        self.headline = story.headline
        self.url = story.url ?? ""
        self.urlKey = URLKey.hash(story.url)
        self.site = story.site ?? ""
        self.latest = story.latest.prefix(Int(UInt16.max)).map { LinkKey($0, listingMinute: ownTime.minute) }
        self.bandKeys = (fingerprint ?? TextFingerprint(paragraphs: story.body)).bandKeys
        self.versionGroup = 0
    }

    init(
        id: StoryID, contentHash: UInt64, headlineKey: UInt64, date: CalendarDate?, time: StoryTime,
        importedAt: Int64, parserVersion: UInt16, agency: String, place: String, headline: String,
        url: String = "", urlKey: UInt64 = 0, site: String = "", latest: [LinkKey], bandKeys: [UInt32] = [], versionGroup: UInt64 = 0
    ) {
        self.id = id
        self.contentHash = contentHash
        self.headlineKey = headlineKey
        self.date = date
        self.sortMinute = time.minute
        self.timeKind = time.kind
        self.importedAt = importedAt
        self.parserVersion = parserVersion
        self.agency = agency
        self.place = place
        self.headline = headline
        self.url = url
        self.urlKey = urlKey
        self.site = site
        self.latest = latest
        self.bandKeys = bandKeys
        self.versionGroup = versionGroup
    }
}
