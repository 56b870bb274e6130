import StoryKit

/// The search component: the current search, the headline index it runs on, the
/// search a missing latest-news item offers, and the generation counter that tells
/// a background answer which query it belongs to.
public struct StorySearch: Sendable {
    /// The search shown in the list, if any.
    public internal(set) var session: SearchSession?
    public internal(set) var headlineIndex: HeadlineSearchIndex?
    /// A search the status line offers after a jump to a story that is not stored.
    public internal(set) var offered: String?
    /// Whether search results are listed best match first (`o` switches to the list's
    /// own order and back); kept from one search to the next.
    public internal(set) var ranksResults = true
    private var nextGeneration = 1

    public var isEditing: Bool { session?.isEditing == true }

    /// Reads the query and finds its headline matches at once; returns the parsed query
    /// for the library's full answer, or nil when there is nothing to ask (an empty query
    /// shows every story; one that cannot be read keeps the last answer, with its problem).
    mutating func start(_ query: String, editing: Bool, summaries: [StorySummary], libraryGeneration: Int) -> (generation: Int, query: StoryQuery?) {
        if headlineIndex == nil { headlineIndex = HeadlineSearchIndex(summaries: summaries, generation: libraryGeneration) }
        let generation = nextGeneration
        nextGeneration += 1
        let count = summaries.count
        let parsed: StoryQuery
        do {
            parsed = try StoryQuery(parsing: query)
        } catch {
            if var previous = session {
                previous.query = query
                previous.isEditing = editing
                previous.problem = error
                session = previous
            } else {
                session = SearchSession(
                    query: query, isEditing: editing, problem: error, headlineMatched: Array(repeating: true, count: count), answered: nil,
                    headlineMatchCount: count, bodySearchPending: false, generation: generation)
            }
            return (generation, nil)
        }
        guard !parsed.matchesEverything else {
            session = SearchSession(
                query: query, isEditing: editing, highlighter: nil, headlineMatched: Array(repeating: true, count: count), answered: nil,
                headlineMatchCount: count, bodySearchPending: false, generation: generation)
            return (generation, nil)
        }
        // The preview: the words every match must have, looked for in the headlines.
        let previewWords = Self.previewWords(parsed)
        let words = SearchQuery(previewWords)
        var headlineMatched = Array(repeating: false, count: count)
        var matchedCount = 0
        if !words.isEmpty {
            // A longer query only narrows: search within the previous headline matches.
            let candidates: [Int32]
            if let previous = session, previous.problem == nil, !previous.query.isEmpty, query.hasPrefix(previous.query), previous.answered == nil {
                candidates = (0..<Int32(count)).filter { previous.headlineMatched[Int($0)] }
            } else {
                // A keystroke must not hold up a frame: in a very large store the preview looks
                // at the most recently added headlines only, and the index's answer brings the rest.
                candidates = Array(Int32(max(0, count - Self.previewLimit))..<Int32(count))
            }
            let matched = headlineIndex!.matches(words, among: candidates)
            for index in matched { headlineMatched[Int(index)] = true }
            matchedCount = matched.count
        }
        session = SearchSession(
            query: query, isEditing: editing, highlighter: QueryHighlighter(parsed), previewWords: previewWords,
            headlineMatched: headlineMatched, answered: nil,
            headlineMatchCount: matchedCount, bodySearchPending: true, generation: generation)
        return (generation, parsed)
    }

    /// The words of the text terms every match must have, without a field or in a field
    /// the list shows (headline, place, agency): what a headline can show at once.
    static func previewWords(_ query: StoryQuery) -> String {
        let conjuncts: [QueryExpression] =
            if case .all(let parts) = query.expression { parts } else { [query.expression] }
        let shown: Set<StoryField> = [.headline, .place, .agency]
        var words: [String] = []
        for case .term(.text(let match)) in conjuncts where match.fields.map({ Set($0).isSubset(of: shown) }) ?? true {
            words += match.tokens
        }
        return words.joined(separator: " ")
    }

    /// How many headlines the preview reads on a keystroke (about 5 ms on the development machine).
    static let previewLimit = 60_000

    mutating func toggleRanking() { ranksResults.toggle() }

    /// What marks the search's words on screen: nil without a search, or with an empty one.
    public var highlighter: QueryHighlighter? {
        guard let session, session.isActive, let highlighter = session.highlighter, !highlighter.isEmpty else { return nil }
        return highlighter
    }

    /// Keeps the result of the query typed (Enter).
    mutating func commit() { session?.commit() }

    /// Ends the search; false when there was none.
    mutating func clear() -> Bool {
        guard session != nil else { return false }
        session = nil
        return true
    }

    /// Takes the library's answer. The preview may have read only the newest headlines,
    /// so the answer's stories it did not read are looked at now: a headline match is
    /// never marked as found only in the text.
    mutating func answer(_ indices: [Int32], generation: Int) -> Bool {
        guard var current = session, current.generation == generation else { return false }
        let words = SearchQuery(current.previewWords)
        if let headlineIndex, !words.isEmpty {
            let unread = indices.filter { !current.headlineMatched[Int($0)] }
            for index in headlineIndex.matches(words, among: unread) { current.headlineMatched[Int(index)] = true }
        }
        _ = current.answer(indices, generation: generation)
        session = current
        return true
    }

    /// Takes an index built in the background, unless one is in place or it indexes an older library.
    mutating func adopt(_ index: HeadlineSearchIndex, libraryGeneration: Int) {
        if headlineIndex == nil && index.generation == libraryGeneration { headlineIndex = index }
    }

    /// A new library makes the index stale.
    mutating func dropIndex() { headlineIndex = nil }

    mutating func offer(_ words: String?) { offered = words }

    /// The words of a headline worth searching for (short words and numbers dropped).
    static func significantWords(_ headline: String) -> String {
        let words: [String] = HeadlineKey.normalised(headline).split(separator: " ").map(String.init).filter { $0.count > 3 }
        return words.prefix(4).joined(separator: " ")
    }
}
