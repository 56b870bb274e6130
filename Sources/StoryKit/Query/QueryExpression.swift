/// A parsed query as a tree: terms joined by AND (the default between terms),
/// OR and NOT, as typed with parentheses.
public indirect enum QueryExpression: Hashable, Sendable {
    /// The empty query: every story.
    case everything
    case term(QueryTerm)
    case all([QueryExpression])
    case any([QueryExpression])
    case not(QueryExpression)

    /// Whether the tree holds only text terms, which the index's full-text table answers alone.
    public var isTextOnly: Bool {
        switch self {
        case .everything: false
        case .term(let term): if case .text = term { true } else { false }
        case .all(let parts), .any(let parts): parts.allSatisfy(\.isTextOnly)
        case .not(let inner): inner.isTextOnly
        }
    }

    /// The text matches a story must have for the query to hold, positively:
    /// the words to highlight in a result (negated words are not there to see).
    public var positiveTextMatches: [TextMatch] {
        switch self {
        case .everything, .not: []
        case .term(let term): if case .text(let match) = term { [match] } else { [] }
        case .all(let parts), .any(let parts): parts.flatMap(\.positiveTextMatches)
        }
    }
}
