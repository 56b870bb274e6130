/// One news article as the parser understood it.
///
/// A `Story` holds only what the page itself says; import metadata and reading
/// state live in the store, so the same value can be re-derived from the kept
/// original bytes whenever the parser improves.
public struct Story: Hashable, Sendable, Codable {
    /// The article's headline (on a wire page, its first line of text).
    public var headline: String
    /// The names from the byline, without `by` and without a trailing timestamp.
    public var byline: String?
    /// Where the story was filed, from the dateline.
    public var place: String?
    /// The agency credited by the dateline, else the sign-off, else the byline.
    public var agency: String?
    /// The story's day, known only when the page tells the year somewhere.
    public var date: CalendarDate?
    /// When the story was posted: the page's stated publication time, else a timestamp
    /// in the byline; orders stories within a day.
    public var published: PublishedTime?
    /// Body paragraphs with hard wraps joined; the dateline is not part of the first one.
    public var body: [String]
    /// The agency named in the sign-off line (`--IANS`, `(ANI)`).
    public var signoff: String?
    /// The page's list of other headlines ("Latest News", related stories and their variants).
    public var latest: [LatestItem]
    /// How the page was read.
    public var kind: PageKind
    /// The page's canonical URL, when it states one.
    public var url: String?
    /// The site's name, when the page states it (`og:site_name`, the publisher).
    public var site: String?
    /// The authors the page names in its metadata; `byline` keeps the wire byline's meaning.
    public var authors: [String]
    /// The page's language as a BCP 47 tag (`en`, `de-DE`), when stated.
    public var language: String?

    public init(
        headline: String,
        byline: String? = nil,
        place: String? = nil,
        agency: String? = nil,
        date: CalendarDate? = nil,
        published: PublishedTime? = nil,
        body: [String] = [],
        signoff: String? = nil,
        latest: [LatestItem] = [],
        kind: PageKind = .wire,
        url: String? = nil,
        site: String? = nil,
        authors: [String] = [],
        language: String? = nil
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
        self.kind = kind
        self.url = url
        self.site = site
        self.authors = authors
        self.language = language
    }
}

extension Story {
    /// "byline · place · date · agency", leaving out the agency when the byline already
    /// names it ("Maria Keller | Reuters"); every screen and export prints it this way.
    /// A real page's authors stand in for a byline it does not have.
    public func metaLine(date format: (CalendarDate) -> String = { $0.description }) -> String {
        let names = byline ?? (authors.isEmpty ? nil : authors.joined(separator: ", "))
        let agency = agency.flatMap { agency in (names?.contains(agency) ?? false) ? nil : agency }
        return [names, place, date.map(format), agency].compactMap { $0 }.joined(separator: " · ")
    }
}

extension Story {
    /// Where a real page came from: "Harbour Gazette · https://…", or nil for a wire
    /// page that states neither (the reader's header and `byline show` print it).
    public var sourceLine: String? {
        let parts = [site, url].compactMap { $0 }.filter { !$0.isEmpty }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }
}
