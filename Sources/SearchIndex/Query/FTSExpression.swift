import StoryKit

/// Text conditions written in FTS5's query syntax. Every word is inside double quotes
/// (a quote in it doubled), so nothing a person types is read as an FTS5 operator.
enum FTSExpression {
    /// `{headline place} : "tok1 tok2"*`
    static func phrase(_ match: TextMatch) -> String {
        let quoted = "\"" + match.tokens.map { $0.replacingOccurrences(of: "\"", with: "\"\"") }.joined(separator: " ") + "\"" + (match.isPrefix ? "*" : "")
        let fields = match.fields ?? StoryField.defaultFields
        return "{" + fields.map(\.rawValue).joined(separator: " ") + "} : " + quoted
    }

    /// The expression in FTS5 syntax when it can be one: FTS5's NOT is binary
    /// (`a NOT b`), so a negation needs a positive part beside it in the same AND.
    static func positive(_ expression: QueryExpression) -> String? {
        switch expression {
        case .term(let term):
            guard case .text(let match) = term else { return nil }
            return phrase(match)
        case .any(let parts):
            let alternatives = parts.compactMap(positive)
            guard alternatives.count == parts.count else { return nil }
            return "(" + alternatives.joined(separator: " OR ") + ")"
        case .all(let parts):
            var required: [String] = []
            var excluded: [String] = []
            for part in parts {
                if case .not(let inner) = part {
                    guard let match = positive(inner) else { return nil }
                    excluded.append(match)
                } else {
                    guard let match = positive(part) else { return nil }
                    required.append(match)
                }
            }
            guard !required.isEmpty else { return nil }
            let all = "(" + required.joined(separator: " AND ") + ")"
            return excluded.isEmpty ? all : "(" + all + " NOT (" + excluded.joined(separator: " OR ") + "))"
        case .not, .everything:
            return nil
        }
    }
}
