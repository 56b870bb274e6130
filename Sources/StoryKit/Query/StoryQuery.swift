/// A search in Byline's one query language, for the reader's `/`, `byline search`
/// and saved searches alike.
///
/// Words must all match, in any order, case and accents folded; `"exact phrases"`,
/// `prefix*`, `-word` (or `NOT word`), `OR` and parentheses combine them, and
/// `field:value` terms narrow by part or fact: `headline:`, `byline:`, `place:`,
/// `agency:`, `body:`, `latest:`, `date:2025-12-25`, `date:2025-12-01..2025-12-31`,
/// `after:`, `before:`, `is:unread`, `is:read`, `is:starred`, `lang:`, `site:`.
public struct StoryQuery: Hashable, Sendable {
    /// The query as typed.
    public let text: String
    public let expression: QueryExpression

    /// At most this many terms, and this deep in parentheses: a query is typed by a person.
    public static let termLimit = 256
    public static let depthLimit = 32

    public init(parsing text: String) throws(QueryError) {
        self.text = text
        var parser = QueryParser(text)
        expression = try parser.parse()
    }

    public init(expression: QueryExpression, text: String) {
        self.text = text
        self.expression = expression
    }

    /// The query that matches every story.
    public static let everything = StoryQuery(expression: .everything, text: "")

    public var matchesEverything: Bool { expression == .everything }

    /// Whether a story with these fields and marks matches: the scan that answers when
    /// no index does, and what the index's answers are tested against.
    public func matches(_ story: SearchableStory) -> Bool {
        story.satisfies(expression)
    }
}
