/// One news article as the parser understood it.
///
/// A `Story` holds only what the page itself says; import metadata and reading
/// state live in the store, so the same value can be re-derived from the kept
/// original bytes whenever the parser improves.
public struct Story: Hashable, Sendable, Codable {
    /// The page's first line of text.
    public var headline: String
    /// The names from the byline, without `by` and without a trailing timestamp.
    public var byline: String?
    /// Where the story was filed, from the dateline.
    public var place: String?
    /// The agency credited by the dateline, else the sign-off, else the byline.
    public var agency: String?
    /// The story's day, known only when the page tells the year somewhere.
    public var date: CalendarDate?
    /// When the story was posted, from a timestamp in the byline; orders stories within a day.
    public var published: WallClockTime?
    /// Body paragraphs with hard wraps joined; the dateline is not part of the first one.
    public var body: [String]
    /// The agency named in the sign-off line (`--IANS`, `(ANI)`).
    public var signoff: String?
    /// The page's list of other headlines ("Latest News" and its variants).
    public var latest: [LatestItem]

    public init(
        headline: String,
        byline: String? = nil,
        place: String? = nil,
        agency: String? = nil,
        date: CalendarDate? = nil,
        published: WallClockTime? = nil,
        body: [String] = [],
        signoff: String? = nil,
        latest: [LatestItem] = []
    ) {
        self.headline = headline
        self.byline = byline
        self.place = place
        self.agency = agency
        self.date = date
        self.published = published
        self.body = body
        self.signoff = signoff
        self.latest = latest
    }
}

/// One entry of a page's latest-news list: another story's headline and when it was posted.
public struct LatestItem: Hashable, Sendable, Codable {
    public var headline: String
    /// The wall-clock time printed beside the headline; no time zone is guessed.
    public var time: WallClockTime

    public init(headline: String, time: WallClockTime) {
        self.headline = headline
        self.time = time
    }
}

extension Story {
    /// "byline · place · date · agency", leaving out the agency when the byline already
    /// names it ("Maria Keller | Reuters"); every screen and export prints it this way.
    public func metaLine(date format: (CalendarDate) -> String = { $0.description }) -> String {
        let agency = agency.flatMap { agency in (byline?.contains(agency) ?? false) ? nil : agency }
        return [byline, place, date.map(format), agency].compactMap { $0 }.joined(separator: " · ")
    }
}
