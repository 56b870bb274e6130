/// Finds where a query's words stand in a text, for highlighting them in the list and
/// the reading pane and for the snippet `byline search` prints.
public struct QueryHighlighter: Hashable, Sendable {
    private let matches: [TextMatch]

    /// Highlights the words `query` must find (negated words are not there to see).
    public init(_ query: StoryQuery) {
        matches = query.expression.positiveTextMatches
    }

    public var isEmpty: Bool { matches.isEmpty }

    /// The ranges of `text` (a `field` of a story) that match, in order, not overlapping;
    /// at most `limit` of them (reading stops there).
    public func ranges(in text: Substring, field: StoryField, limit: Int = .max) -> [Range<String.Index>] {
        // Longest first, so a phrase wins over a word of it.
        let wanted = matches.filter { $0.searches(field) }.sorted { $0.tokens.count > $1.tokens.count }
        guard !wanted.isEmpty, limit > 0 else { return [] }
        let longest = wanted.map(\.tokens.count).max()!
        // The last few words read, enough for the longest phrase to end at the newest.
        var recent: [SearchTokenizer.Token] = []
        var found: [Range<String.Index>] = []
        SearchTokenizer.forEachToken(in: text) { token in
            recent.append(token)
            if recent.count > longest { recent.removeFirst() }
            for match in wanted where match.tokens.count <= recent.count {
                let first = recent.count - match.tokens.count
                guard Self.matches(match, recent[first...]) else { continue }
                let range = recent[first].range.lowerBound..<token.range.upperBound
                if let last = found.last, last.upperBound > range.lowerBound {
                    // A phrase that takes in the word found just before it replaces it.
                    guard range.lowerBound <= last.lowerBound else { continue }
                    found[found.count - 1] = range
                } else {
                    found.append(range)
                }
                break
            }
            return found.count < limit
        }
        return found
    }

    public func ranges(in text: String, field: StoryField) -> [Range<String.Index>] {
        ranges(in: text[...], field: field)
    }

    /// A short passage of `text` around its first match, with the matches wrapped in
    /// `open` and `close`: "…the **ferry** to Incheon…". The text's start when nothing matches.
    public func snippet(of text: String, field: StoryField, length: Int = 160, open: String, close: String) -> String {
        var start = text.startIndex
        if let first = ranges(in: text[...], field: field, limit: 1).first {
            // About a third of the passage before the first match, from a word's start.
            start = text.index(first.lowerBound, offsetBy: -(length / 3), limitedBy: text.startIndex) ?? text.startIndex
            if start > text.startIndex, let space = text[start...].firstIndex(where: \.isWhitespace), space < first.lowerBound {
                start = text.index(after: space)
            }
        }
        let end = text.index(start, offsetBy: length, limitedBy: text.endIndex) ?? text.endIndex
        var passage = start > text.startIndex ? "…" : ""
        var cursor = start
        for range in ranges(in: text[start..<end], field: field) {
            passage += text[cursor..<range.lowerBound] + open + text[range] + close
            cursor = range.upperBound
        }
        passage += text[cursor..<end]
        if end < text.endIndex { passage += "…" }
        return passage.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    private static func matches(_ match: TextMatch, _ tokens: ArraySlice<SearchTokenizer.Token>) -> Bool {
        let last = match.tokens.count - 1
        for (offset, token) in match.tokens.enumerated() {
            let word = tokens[tokens.startIndex + offset].folded
            if offset == last && match.isPrefix ? !word.hasPrefix(token) : word != token { return false }
        }
        return true
    }
}
