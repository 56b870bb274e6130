/// Stories near a story that are not its versions: other agencies' and sites' reports of
/// the same event ("Also reported"), and the most similar stories of the surrounding
/// days ("Related"). Both are compared by their significant words: the words of four
/// letters or more, case and punctuation folded, so "the" and "said" do not count.
public enum NeighbourRule {
    /// "Also reported" are filed within this many days of the story; "Related" within `relatedDays`.
    public static let alsoReportedDays = 2
    public static let relatedDays = 3
    /// How many related stories the reading pane and `byline show` list.
    public static let relatedShown = 5
    /// A report of the same event shares this much of the headline's words and of the text's.
    public static let minimumHeadlineOverlap = 0.3
    public static let minimumTextOverlap = 0.2

    /// The words that say what a text is about.
    public static func words(_ text: String) -> Set<String> {
        Set(significant(text).map(String.init))
    }

    /// The text's words of four letters or more that are not stopwords, folded, in order.
    private static func significant(_ text: String) -> [Substring] {
        HeadlineKey.normalised(text).split(separator: " ").filter { $0.count >= 4 && !stopwords.contains($0) }
    }

    /// The significant words of a headline and of a body, the body's most frequent first:
    /// what a search for a story's neighbours asks for.
    public static func queryWords(headline: String, body: [String], limit: Int = 14) -> [String] {
        var counts: [String: Int] = [:]
        for paragraph in body {
            for word in significant(paragraph) { counts[String(word), default: 0] += 1 }
        }
        let fromHeadline = significant(headline).map(String.init)
        var seen = Set<String>()
        let ordered = fromHeadline + counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
        return Array(ordered.filter { seen.insert($0).inserted }.prefix(limit))
    }

    /// What the rule needs of one story.
    public struct Facts: Sendable {
        public var headlineWords: Set<String>
        public var textWords: Set<String>
        /// The agency, else the site: who filed it.
        public var source: String
        public var date: CalendarDate?

        public init(story: Story) {
            headlineWords = NeighbourRule.words(story.headline)
            textWords = NeighbourRule.words(story.body.joined(separator: " "))
            source = (story.agency ?? story.site ?? "").lowercased()
            date = story.date ?? story.published?.date
        }
    }

    /// Whether `other` is another source's report of the same event as `story`.
    public static func isAlsoReported(_ other: Facts, besides story: Facts) -> Bool {
        guard !other.source.isEmpty, !story.source.isEmpty, other.source != story.source else { return false }
        guard let first = story.date, let second = other.date, abs(first.dayNumber - second.dayNumber) <= alsoReportedDays else { return false }
        return overlap(story.headlineWords, other.headlineWords) >= minimumHeadlineOverlap && overlap(story.textWords, other.textWords) >= minimumTextOverlap
    }

    /// A related story shares this much of the text's words (a place name alone is not enough).
    public static let minimumRelatedOverlap = 0.08

    /// Whether `other` is related to `story`: filed within `relatedDays` and about the same things.
    public static func isRelated(_ other: Facts, to story: Facts) -> Bool {
        guard VersionRule.areClose(story.date, other.date, within: relatedDays) else { return false }
        return overlap(story.textWords, other.textWords) >= minimumRelatedOverlap
    }

    /// Shared words over all words of both (Jaccard).
    public static func overlap(_ first: Set<String>, _ second: Set<String>) -> Double {
        let union = first.union(second).count
        return union == 0 ? 0 : Double(first.intersection(second).count) / Double(union)
    }

    /// Frequent English words of four letters or more that say nothing about a story.
    static let stopwords: Set<Substring> = [
        "that", "this", "with", "from", "have", "were", "will", "would", "their", "there", "which", "about", "after", "also", "been",
        "said", "says", "they", "them", "than", "then", "when", "what", "into", "more", "most", "over", "some", "such", "only", "other",
        "could", "should", "while", "where", "these", "those", "being", "before", "because", "under", "between", "first", "year", "years",
    ]
}
