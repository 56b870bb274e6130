import StoryKit
import Testing

@Suite struct QueryParserTests {
    private func parse(_ text: String) throws -> QueryExpression { try StoryQuery(parsing: text).expression }
    private func words(_ tokens: String..., fields: [StoryField]? = nil, prefix: Bool = false) -> QueryExpression {
        .term(.text(TextMatch(tokens: tokens, fields: fields, isPrefix: prefix)))
    }

    @Test func wordsPhrasesPrefixesAndFields() throws {
        #expect(try parse("") == .everything)
        #expect(try parse("  Ferry  ") == words("ferry"))
        #expect(try parse("ferry Incheon") == .all([words("ferry"), words("incheon")]))
        #expect(try parse("\"Night Ferry\"") == words("night", "ferry"))
        #expect(try parse("ferr*") == words("ferr", prefix: true))
        #expect(try parse("headline:\"city council\"") == words("city", "council", fields: [.headline]))
        #expect(try parse("Agency:IANS") == words("ians", fields: [.agency]))
        #expect(try parse("U.S.") == words("u", "s"), "punctuation splits words as the index splits them")
        #expect(try parse("Tōkyō CAFÉ") == .all([words("tokyo"), words("cafe")]))
        #expect(try parse("東京") == words("東", "京"), "ideographs are words of their own, searched as a phrase")
        #expect(try parse("10:30") == words("10", "30"), "a colon after something that is not a field is text")
    }

    @Test func operatorsAndTheirPrecedence() throws {
        #expect(try parse("a b OR c") == .any([.all([words("a"), words("b")]), words("c")]))
        #expect(try parse("a (b OR c)") == .all([words("a"), .any([words("b"), words("c")])]))
        #expect(try parse("-a b") == .all([.not(words("a")), words("b")]))
        #expect(try parse("NOT a AND b") == .all([.not(words("a")), words("b")]))
        #expect(try parse("a or b") == .all([words("a"), words("or"), words("b")]), "lower-case or is a word")
        #expect(try parse("a - b") == .all([words("a"), words("b")]), "a lone dash is punctuation")
    }

    @Test func factsAboutTheStory() throws {
        let day = CalendarDate(year: 2025, month: 12, day: 25)!
        #expect(try parse("date:2025-12-25") == .term(.date(from: day, through: day)))
        #expect(
            try parse("date:2025-12") == .term(.date(from: CalendarDate(year: 2025, month: 12, day: 1), through: CalendarDate(year: 2025, month: 12, day: 31))))
        #expect(try parse("date:2025-12-01..") == .term(.date(from: CalendarDate(year: 2025, month: 12, day: 1), through: nil)))
        #expect(try parse("after:2025-12-25") == .term(.date(from: CalendarDate(year: 2025, month: 12, day: 26), through: nil)))
        #expect(try parse("before:2025-12-25") == .term(.date(from: nil, through: CalendarDate(year: 2025, month: 12, day: 24))))
        #expect(try parse("is:UNREAD") == .term(.mark(.unread)))
        #expect(try parse("lang:pt-BR") == .term(.language("pt-br")))
        #expect(try parse("site:https://www.Example.com/news") == .term(.site("example.com")))
    }

    @Test(arguments: [
        ("\"ferry", 0, "this quote is not closed"),
        ("(ferry", 0, "this parenthesis is not closed"),
        ("ferry)", 5, "this parenthesis closes nothing"),
        ("OR", 0, "OR needs words on both sides"),
        ("ferry OR", 8, "OR needs words on both sides"),
        ("-", 0, "there are no words to search for"),
        ("NOT", 0, "nothing follows this NOT"),
        ("()", 0, "there are no words to search for"),
        ("date:yesterday", 0, "date: takes 2025-12-25, 2025-12, 2025 or a range such as 2025-12-01..2025-12-31"),
        ("x date:2025-12-31..2025-12-01", 2, "date: the range ends before it starts"),
        ("is:new", 0, "is: takes read, unread, starred or unstarred"),
        ("headline:", 0, "headline: needs a value"),
        ("lang:'; DROP", 0, "lang: takes a language tag such as en or pt-BR"),
    ])
    func mistakesSayWhere(query: String, position: Int, reason: String) {
        #expect(throws: QueryError(position: position, reason: reason)) { try StoryQuery(parsing: query) }
    }

    @Test func hostileQueriesGiveAMessageOrAQueryNeverACrash() throws {
        let many = Array(repeating: "word", count: 10_000).joined(separator: " ")
        #expect(throws: QueryError.self) { try StoryQuery(parsing: many) }
        let deep = String(repeating: "(", count: 5_000) + "a" + String(repeating: ")", count: 5_000)
        #expect(throws: QueryError.self) { try StoryQuery(parsing: deep) }
        // Control characters are not word characters; SQL and FTS5 syntax are words and punctuation.
        #expect(try parse("fe\u{1B}[2Jrry") == words("fe", "2jrry"))
        #expect(try parse("'; DROP TABLE docs; --") == .all([words("drop"), words("table"), words("docs")]))
        #expect(try parse("NEAR(a b) {headline}: x*") == .all([words("near"), .all([words("a"), words("b")]), words("headline"), words("x", prefix: true)]))
    }
}
