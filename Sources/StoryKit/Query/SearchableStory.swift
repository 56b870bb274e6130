/// What a query looks at in one story: its words by field, its day, language, site
/// and marks. The index stores the same things; a scan builds this from the story.
public struct SearchableStory: Sendable {
    /// Folded words of each field, in order.
    public var words: [StoryField: [String]]
    public var date: CalendarDate?
    /// Lower-case BCP 47 tag.
    public var language: String?
    /// The host of the story's address, as `URLKey.host` gives it.
    public var host: String?
    /// The site's name folded to letters and digits ("The Hindu" → "thehindu").
    public var siteName: String?
    public var marks: StoryState

    public init(story: Story, marks: StoryState) {
        var words: [StoryField: [String]] = [:]
        for field in StoryField.allCases { words[field] = SearchTokenizer.words(Self.text(of: field, in: story)) }
        self.words = words
        date = story.date
        language = story.language?.lowercased()
        host = Self.host(of: story.url)
        siteName = story.site.map(Self.compactSiteName)
        self.marks = marks
    }

    /// A story known only by what the headline list shows, for the answer given as
    /// a query is typed, before the index's.
    public init(headline: String, place: String, agency: String, date: CalendarDate?, marks: StoryState) {
        words = [.headline: SearchTokenizer.words(headline), .place: SearchTokenizer.words(place), .agency: SearchTokenizer.words(agency)]
        self.date = date
        self.marks = marks
    }

    /// The text of one field, as the index is given it.
    public static func text(of field: StoryField, in story: Story) -> String {
        switch field {
        case .headline: story.headline
        case .byline: ([story.byline].compactMap { $0 } + story.authors).joined(separator: "\n")
        case .place: story.place ?? ""
        case .agency: story.agency ?? ""
        case .body: story.body.joined(separator: "\n")
        case .latest: story.latest.map(\.headline).joined(separator: "\n")
        }
    }

    /// The host of an address, as `site:` compares it.
    public static func host(of url: String?) -> String? {
        url.flatMap(URLKey.host)
    }

    public static func compactSiteName(_ name: String) -> String {
        SearchTokenizer.words(name).joined()
    }

    func satisfies(_ expression: QueryExpression) -> Bool {
        switch expression {
        case .everything: true
        case .term(let term): satisfies(term)
        case .all(let parts): parts.allSatisfy(satisfies)
        case .any(let parts): parts.contains(where: satisfies)
        case .not(let inner): !satisfies(inner)
        }
    }

    private func satisfies(_ term: QueryTerm) -> Bool {
        switch term {
        case .text(let match):
            return StoryField.allCases.contains { field in
                match.searches(field) && Self.contains(match, in: words[field] ?? [])
            }
        case .date(let from, let through):
            guard let date else { return false }
            return (from.map { date >= $0 } ?? true) && (through.map { date <= $0 } ?? true)
        case .mark(let mark):
            return mark.holds(for: marks)
        case .language(let tag):
            guard let language else { return false }
            return language == tag || language.hasPrefix(tag + "-")
        case .site(let name):
            if let host, host == name || host.hasSuffix("." + name) { return true }
            return siteName.map { $0 == Self.compactSiteName(name) } ?? false
        }
    }

    /// Whether the tokens occur in sequence, the last as a prefix when asked.
    static func contains(_ match: TextMatch, in words: [String]) -> Bool {
        let tokens = match.tokens
        guard words.count >= tokens.count else { return false }
        let last = tokens.count - 1
        for start in 0...(words.count - tokens.count) {
            var matched = true
            for offset in 0...last {
                let word = words[start + offset]
                if offset == last && match.isPrefix ? !word.hasPrefix(tokens[offset]) : word != tokens[offset] {
                    matched = false
                    break
                }
            }
            if matched { return true }
        }
        return false
    }
}
