/// One condition of a query: words in the text, or a fact about the story.
public enum QueryTerm: Hashable, Sendable {
    /// Tokens in sequence (a phrase when more than one) in any of `fields`
    /// (`StoryField.defaultFields` when nil); the last token matches as a prefix when `isPrefix`.
    case text(TextMatch)
    /// The story's day lies within the bounds (either may be open).
    case date(from: CalendarDate?, through: CalendarDate?)
    case mark(MarkCondition)
    /// A language tag or its primary part: `lang:en` matches `en` and `en-GB`.
    case language(String)
    /// A host or a domain above it: `site:example.com` matches `news.example.com`.
    case site(String)
}

/// Words to find, folded as the index folds them.
public struct TextMatch: Hashable, Sendable {
    public let tokens: [String]
    public let fields: [StoryField]?
    public let isPrefix: Bool

    public init(tokens: [String], fields: [StoryField]? = nil, isPrefix: Bool = false) {
        self.tokens = tokens
        self.fields = fields
        self.isPrefix = isPrefix
    }

    func searches(_ field: StoryField) -> Bool { (fields ?? StoryField.defaultFields).contains(field) }
}

/// `is:` conditions, answered from the reading state rather than the text.
public enum MarkCondition: String, Hashable, Sendable, CaseIterable {
    case read
    case unread
    case starred
    case unstarred

    /// Whether a story with these marks meets the condition.
    public func holds(for marks: StoryState) -> Bool {
        switch self {
        case .read: marks.isRead
        case .unread: !marks.isRead
        case .starred: marks.isStarred
        case .unstarred: !marks.isStarred
        }
    }
}
