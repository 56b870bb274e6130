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
    private var nextGeneration = 1

    public var isEditing: Bool { session?.isEditing == true }

    /// Runs a query over the headlines at once; returns the stories whose text the
    /// background search must look in (nil when the query has no words, so matches all).
    mutating func start(_ query: String, editing: Bool, summaries: [StorySummary], libraryGeneration: Int) -> (generation: Int, bodyCandidates: [StoryID]?) {
        if headlineIndex == nil { headlineIndex = HeadlineSearchIndex(summaries: summaries, generation: libraryGeneration) }
        let words = SearchQuery(query)
        let generation = nextGeneration
        nextGeneration += 1
        let count = summaries.count
        guard !words.isEmpty else {
            session = SearchSession(
                query: query, isEditing: editing, headlineMatched: Array(repeating: true, count: count), bodyMatched: Array(repeating: false, count: count),
                headlineMatchCount: count, bodySearchPending: false, generation: generation)
            return (generation, nil)
        }
        // A longer query only narrows: search within the previous headline matches.
        let candidates: [Int32]
        if let previous = session, !SearchQuery(previous.query).isEmpty, query.hasPrefix(previous.query) {
            candidates = (0..<Int32(count)).filter { previous.headlineMatched[Int($0)] }
        } else {
            candidates = Array(0..<Int32(count))
        }
        var headlineMatched = Array(repeating: false, count: count)
        let matched = headlineIndex!.matches(words, among: candidates)
        for index in matched { headlineMatched[Int(index)] = true }
        var bodyCandidates: [StoryID] = []
        bodyCandidates.reserveCapacity(count - matched.count)
        summaries.withUnsafeBufferPointer { summaries in
            for index in 0..<count where !headlineMatched[index] { bodyCandidates.append(summaries[index].id) }
        }
        session = SearchSession(
            query: query, isEditing: editing, headlineMatched: headlineMatched, bodyMatched: Array(repeating: false, count: count),
            headlineMatchCount: matched.count, bodySearchPending: true, generation: generation)
        return (generation, bodyCandidates)
    }

    /// Keeps the result of the query typed (Enter).
    mutating func commit() { session?.commit() }

    /// Ends the search; false when there was none.
    mutating func clear() -> Bool {
        guard session != nil else { return false }
        session = nil
        return true
    }

    mutating func addBodyMatches(_ indices: [Int32], generation: Int) -> Bool {
        session?.addBodyMatches(indices, generation: generation) ?? false
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
