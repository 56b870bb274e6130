/// Reads the query language into a `QueryExpression`, with a position for every mistake.
struct QueryParser {
    private let characters: [Character]
    private var position = 0
    private var depth = 0
    private var termCount = 0

    init(_ text: String) {
        characters = Array(text)
    }

    mutating func parse() throws(QueryError) -> QueryExpression {
        skipSpaces()
        if position == characters.count { return .everything }
        let expression = try parseAlternatives()
        skipSpaces()
        if position < characters.count {
            // Only a stray closing parenthesis stops the top level early.
            throw QueryError(position: position, reason: "this parenthesis closes nothing")
        }
        guard let expression else {
            throw QueryError(position: 0, reason: "there are no words to search for")
        }
        return expression
    }

    // MARK: Grammar

    /// `a b OR c d`: OR binds looser than the implicit AND.
    private mutating func parseAlternatives() throws(QueryError) -> QueryExpression? {
        var alternatives: [QueryExpression] = []
        var sawOr = false
        while true {
            let start = position
            let conjunction = try parseConjunction()
            if let conjunction {
                alternatives.append(conjunction)
            } else if sawOr {
                throw QueryError(position: start, reason: "OR needs words on both sides")
            }
            skipSpaces()
            guard takeKeyword("OR") else { break }
            if conjunction == nil { throw QueryError(position: position - 2, reason: "OR needs words on both sides") }
            sawOr = true
        }
        switch alternatives.count {
        case 0: return nil
        case 1: return alternatives[0]
        default: return .any(alternatives)
        }
    }

    private mutating func parseConjunction() throws(QueryError) -> QueryExpression? {
        var parts: [QueryExpression] = []
        while true {
            skipSpaces()
            guard position < characters.count, characters[position] != ")", !atKeyword("OR") else { break }
            if takeKeyword("AND") { continue }
            if let part = try parseUnary() { parts.append(part) }
        }
        switch parts.count {
        case 0: return nil
        case 1: return parts[0]
        default: return .all(parts)
        }
    }

    private mutating func parseUnary() throws(QueryError) -> QueryExpression? {
        let start = position
        var negated = false
        if characters[position] == "-", position + 1 < characters.count, !characters[position + 1].isWhitespace {
            position += 1
            negated = true
        } else if takeKeyword("NOT") {
            negated = true
            skipSpaces()
        }
        guard negated else { return try parsePrimary() }
        guard position < characters.count, characters[position] != ")", !atKeyword("OR") else {
            throw QueryError(position: start, reason: "nothing follows this NOT")
        }
        return try parseUnary().map { .not($0) }
    }

    private mutating func parsePrimary() throws(QueryError) -> QueryExpression? {
        let start = position
        switch characters[position] {
        case "(":
            depth += 1
            if depth > StoryQuery.depthLimit {
                throw QueryError(position: start, reason: "parentheses nest deeper than \(StoryQuery.depthLimit)")
            }
            position += 1
            let inner = try parseAlternatives()
            skipSpaces()
            guard position < characters.count, characters[position] == ")" else {
                throw QueryError(position: start, reason: "this parenthesis is not closed")
            }
            position += 1
            depth -= 1
            return inner
        case "\"":
            let phrase = try readQuoted()
            return try textTerm(phrase.text, fields: nil, prefix: phrase.prefix, at: start)
        default:
            let word = readWord()
            if let colon = word.firstIndex(of: ":"), let name = QueryField(rawValue: String(word[..<colon]).lowercased()) {
                return try fieldTerm(name, valueAfter: word[word.index(after: colon)...], at: start)
            }
            var text = Substring(word)
            let prefix = text.hasSuffix("*")
            if prefix { text = text.dropLast() }
            return try textTerm(String(text), fields: nil, prefix: prefix, at: start)
        }
    }

    // MARK: Terms

    private mutating func fieldTerm(_ field: QueryField, valueAfter rest: Substring, at start: Int) throws(QueryError) -> QueryExpression? {
        var value = String(rest)
        var prefix = false
        if value.isEmpty, position < characters.count, characters[position] == "\"" {
            let phrase = try readQuoted()
            value = phrase.text
            prefix = phrase.prefix
        } else if value.hasSuffix("*") {
            value.removeLast()
            prefix = true
        }
        guard !value.isEmpty else { throw QueryError(position: start, reason: "\(field.rawValue): needs a value") }
        switch field {
        case .text(let storyField):
            guard let term = try textTerm(value, fields: [storyField], prefix: prefix, at: start) else {
                throw QueryError(position: start, reason: "\(field.rawValue): has no words in it")
            }
            return term
        case .date:
            return try count(.term(dateRange(value, at: start)), at: start)
        case .after, .before:
            guard let day = CalendarDate(iso: value), let next = CalendarDate(dayNumber: day.dayNumber + (field == .after ? 1 : -1)) else {
                throw QueryError(position: start, reason: "\(field.rawValue): takes a date as 2025-12-25")
            }
            return try count(.term(field == .after ? .date(from: next, through: nil) : .date(from: nil, through: next)), at: start)
        case .marks:
            guard let mark = MarkCondition(rawValue: value.lowercased()) else {
                throw QueryError(position: start, reason: "is: takes read, unread, starred or unstarred")
            }
            return try count(.term(.mark(mark)), at: start)
        case .language:
            guard value.allSatisfy({ $0.isASCII && ($0.isLetter || $0 == "-") }) else {
                throw QueryError(position: start, reason: "lang: takes a language tag such as en or pt-BR")
            }
            return try count(.term(.language(value.lowercased())), at: start)
        case .site:
            return try count(.term(.site(Self.siteName(value))), at: start)
        }
    }

    private mutating func textTerm(_ text: String, fields: [StoryField]?, prefix: Bool, at start: Int) throws(QueryError) -> QueryExpression? {
        let tokens = SearchTokenizer.words(text)
        // Punctuation alone ("--", "&") has no words: it is left out, as the index leaves it out.
        guard !tokens.isEmpty else { return nil }
        return try count(.term(.text(TextMatch(tokens: tokens, fields: fields, isPrefix: prefix))), at: start)
    }

    private mutating func count(_ term: QueryExpression, at start: Int) throws(QueryError) -> QueryExpression {
        termCount += 1
        if termCount > StoryQuery.termLimit {
            throw QueryError(position: start, reason: "a query takes at most \(StoryQuery.termLimit) terms")
        }
        return term
    }

    /// `2025-12-25`, `2025-12` (the month), `2025` (the year), and ranges `A..B`, `A..`, `..B`.
    private func dateRange(_ value: String, at start: Int) throws(QueryError) -> QueryTerm {
        let problem = QueryError(position: start, reason: "date: takes 2025-12-25, 2025-12, 2025 or a range such as 2025-12-01..2025-12-31")
        if let dots = value.range(of: "..") {
            let lower = value[..<dots.lowerBound]
            let upper = value[dots.upperBound...]
            let from = lower.isEmpty ? nil : Self.span(lower)?.first
            let through = upper.isEmpty ? nil : Self.span(upper)?.last
            guard lower.isEmpty || from != nil, upper.isEmpty || through != nil, from != nil || through != nil else { throw problem }
            if let from, let through, through < from {
                throw QueryError(position: start, reason: "date: the range ends before it starts")
            }
            return .date(from: from, through: through)
        }
        guard let span = Self.span(Substring(value)) else { throw problem }
        return .date(from: span.first, through: span.last)
    }

    /// The first and last day a date, a month or a year names.
    private static func span(_ text: Substring) -> (first: CalendarDate, last: CalendarDate)? {
        if let day = CalendarDate(iso: text) { return (day, day) }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.allSatisfy({ $0.allSatisfy(\.isASCII) }), let year = Int(parts[0]), parts[0].count == 4 else { return nil }
        if parts.count == 1 {
            guard let first = CalendarDate(year: year, month: 1, day: 1), let last = CalendarDate(year: year, month: 12, day: 31) else { return nil }
            return (first, last)
        }
        guard parts.count == 2, parts[1].count == 2, let month = Int(parts[1]),
            let first = CalendarDate(year: year, month: month, day: 1),
            let last = CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year))
        else { return nil }
        return (first, last)
    }

    /// A host as stories' addresses are compared (`URLKey.host`), typed with or without
    /// a scheme and a path.
    static func siteName(_ value: String) -> String {
        URLKey.host(value.contains("://") ? value : "https://" + value) ?? value.lowercased()
    }

    // MARK: Reading characters

    private mutating func readQuoted() throws(QueryError) -> (text: String, prefix: Bool) {
        let start = position
        position += 1
        var text = ""
        while position < characters.count, characters[position] != "\"" {
            text.append(characters[position])
            position += 1
        }
        guard position < characters.count else { throw QueryError(position: start, reason: "this quote is not closed") }
        position += 1
        let prefix = position < characters.count && characters[position] == "*"
        if prefix { position += 1 }
        return (text, prefix)
    }

    /// Up to a space, a parenthesis or a quote (a quote right after `field:` is the field's value).
    private mutating func readWord() -> String {
        var word = ""
        while position < characters.count {
            let character = characters[position]
            if character.isWhitespace || character == "(" || character == ")" || character == "\"" { break }
            word.append(character)
            position += 1
        }
        if word.isEmpty {
            // A lone character that starts nothing, such as a "-" before a space.
            word.append(characters[position])
            position += 1
        }
        return word
    }

    private mutating func skipSpaces() {
        while position < characters.count, characters[position].isWhitespace { position += 1 }
    }

    private func atKeyword(_ keyword: String) -> Bool {
        let end = position + keyword.count
        guard end <= characters.count, String(characters[position..<end]) == keyword else { return false }
        return end == characters.count || characters[end].isWhitespace || characters[end] == "(" || characters[end] == ")" || characters[end] == "\""
    }

    private mutating func takeKeyword(_ keyword: String) -> Bool {
        guard atKeyword(keyword) else { return false }
        position += keyword.count
        return true
    }
}

/// The names before a colon that make a field term.
enum QueryField: Hashable {
    case text(StoryField)
    case date, after, before, marks, language, site

    init?(rawValue: String) {
        if let field = StoryField(rawValue: rawValue) {
            self = .text(field)
            return
        }
        switch rawValue {
        case "date": self = .date
        case "after": self = .after
        case "before": self = .before
        case "is": self = .marks
        case "lang": self = .language
        case "site": self = .site
        default: return nil
        }
    }

    var rawValue: String {
        switch self {
        case .text(let field): field.rawValue
        case .date: "date"
        case .after: "after"
        case .before: "before"
        case .marks: "is"
        case .language: "lang"
        case .site: "site"
        }
    }
}
