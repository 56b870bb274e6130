import ArgumentParser
import Foundation
import SearchIndex
import StoryKit
import StoryStore

/// `byline search`: the reader's search on the command line, ranked, with snippets.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the stored stories' headlines and text.",
        discussion: """
            The query language is the reader's: every word must match (any order, case and \
            accents folded); "exact phrases", prefix*, -word, OR and parentheses combine them; \
            headline:, byline:, place:, agency:, body:, latest: look in one part; date:2025-12-25, \
            date:2025-12-01..2025-12-31, after:, before:, is:unread, is:read, is:starred, lang: and \
            site: narrow by fact.

            Each result shows the id, date, agency and headline, then a passage of the text with \
            the matched words marked (**word**, or bold on a terminal). The exit status is 0 when \
            something matched, 1 when nothing did (as grep), 2 when the query cannot be read.

            The search index is updated first when the store changed since it was built.

            Examples:
              byline search ferry incheon
              byline search 'headline:"subway line" after:2025-12-01' --sort newest
              byline search 'agency:IANS (flood OR storm) -cricket' --json --limit 50
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @Option(help: "At most this many results.") var limit = 20
    @Option(help: ArgumentHelp("rank (best match first) or newest.", valueName: "order")) var sort: String = "rank"
    @Flag(help: "Print one JSON object per result (JSON Lines).") var json = false
    @Flag(help: "Print how long each step took, on standard error.") var timing = false
    @Argument(help: "The query (several words are one query).") var query: [String]

    func validate() throws {
        if limit < 1 { throw ValidationError("--limit takes a number of results, 1 or more") }
        if SearchOrder(rawValue: sort) == nil { throw ValidationError("--sort takes rank or newest, not \(sort)") }
    }

    func run() throws {
        let text = query.joined(separator: " ")
        let parsed: StoryQuery
        do {
            parsed = try StoryQuery(parsing: text)
        } catch {
            StandardError.write("byline: search: \(error)")
            throw ExitCode(2)
        }
        let clock = ContinuousClock()
        var last = clock.now
        var steps: [String] = []
        func step(_ name: String) {
            let now = clock.now
            let elapsed = last.duration(to: now).components
            let milliseconds = Double(elapsed.seconds) * 1000 + Double(elapsed.attoseconds) / 1e15
            steps.append("\(name) \(String(format: "%.1f", milliseconds)) ms")
            last = now
        }
        let store = try storeOptions.open()
        let environment = ProcessInfo.processInfo.environment
        let states = store.readingState().states
        let order = SearchOrder(rawValue: sort)!
        let marks: @Sendable (StoryID) -> StoryState = { states[$0] ?? StoryState() }
        step("open store")
        let answer: StoreSearch.Answer
        if let index = StoreSearch.currentIndex(ofUnwalked: store, environment: environment) {
            // The store was opened without its catalog walked, and the index is current.
            step("check index")
            answer =
                (try? index.search(parsed, order: order, limit: limit, marks: marks)).map { StoreSearch.Answer(ids: $0) }
                ?? StoreSearch(store: store, environment: environment).search(parsed, order: order, limit: limit, marks: marks)
        } else {
            let search = StoreSearch(store: store, environment: environment)
            // Two steps rather than `searchUpdatingIndex`, so that `--timing` tells them apart.
            if !search.indexIsCurrent() { IndexRefresh.run(search, showProgress: !json) }
            step("check index")
            answer = search.search(parsed, order: order, limit: limit, marks: marks)
        }
        step("query")
        if let note = answer.note { StandardError.write("byline: note: \(note)") }
        let highlighter = QueryHighlighter(parsed)
        let bold = Terminal.standardOutputIsTerminal && !json && environment["NO_COLOR"].map(\.isEmpty) ?? true
        let stories = store.fileReader.readMany(answer.ids) { _, stored in stored.story }
        for (id, story) in zip(answer.ids, stories) {
            guard let story else { continue }
            let (open, close) = bold ? ("\u{1B}[1m", "\u{1B}[22m") : ("**", "**")
            // Made safe before the marks go in, so the marks are the only escapes printed.
            let text = SafeText.sanitised(story.body.joined(separator: " "))
            let snippet = highlighter.snippet(of: text, field: .body, open: json ? "**" : open, close: json ? "**" : close)
            print(json ? Self.json(id, story, snippet: snippet) : Self.line(id, story, snippet: snippet, open: open, close: close))
        }
        step("print")
        if timing { StandardError.write("timing: " + steps.joined(separator: ", ")) }
        if answer.ids.isEmpty { throw ExitCode(1) }
    }

    private static func line(_ id: StoryID, _ story: Story, snippet: String, open: String, close: String) -> String {
        let agency = (story.agency ?? "").padding(toLength: 8, withPad: " ", startingAt: 0)
        let head = "\(id)  \(story.date?.description ?? "----------")  \(SafeText.sanitised(agency))  \(SafeText.sanitised(story.headline))"
        return head + "\n    " + snippet
    }

    private static func json(_ id: StoryID, _ story: Story, snippet: String) -> String {
        JSONValue.object([
            ("id", .string(id.description)), ("date", .optional(story.date?.description)),
            ("agency", .optional(story.agency)), ("headline", .string(story.headline)),
            ("snippet", .string(snippet)),
        ]).compact
    }
}
