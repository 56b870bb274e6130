import StoryKit

/// The search being typed or kept: its query, the headline matches found at once as it
/// is typed, and the library's full answer once it arrives (which then decides what the
/// list shows: it knows the text, the fields, the facts and the marks).
public struct SearchSession: Hashable, Sendable {
    public internal(set) var query: String
    /// True while typing; false once Enter kept the result.
    public internal(set) var isEditing: Bool
    /// Where the query as typed cannot be read; the list keeps the last answer meanwhile.
    public internal(set) var problem: QueryError?
    /// Marks the query's words in the list and the story (from the last readable query).
    public internal(set) var highlighter: QueryHighlighter?
    /// The words the headline preview looks for.
    var previewWords = ""
    /// By index into `summaries`: whether the headline has the query's words (the preview).
    var headlineMatched: [Bool]
    /// By index into `summaries`: whether the story matches, once the library answered.
    var answered: [Bool]?
    /// The answer's stories best match first (indices into `summaries`).
    var ranked: [Int32]?
    public internal(set) var headlineMatchCount: Int
    /// Matches the answer found that the headline preview did not.
    public internal(set) var bodyMatchCount = 0
    /// True while the library's answer for this query is still to come.
    public internal(set) var bodySearchPending: Bool
    /// Ties background results to the query that asked for them.
    public internal(set) var generation: Int

    func matches(_ index: Int32) -> Bool { answered?[Int(index)] ?? headlineMatched[Int(index)] }

    /// Matches only in the text, not the headline (the list marks these).
    public func matchesOnlyInText(_ index: Int32) -> Bool { (answered?[Int(index)] ?? false) && !headlineMatched[Int(index)] }

    /// Whether the query has words; an empty one shows every story.
    var isActive: Bool { !query.isEmpty }

    /// Takes the library's answer; false when it answers an older query.
    mutating func answer(_ indices: [Int32], generation: Int) -> Bool {
        guard generation == self.generation else { return false }
        var answered = Array(repeating: false, count: headlineMatched.count)
        var headlineCount = 0
        for index in indices {
            answered[Int(index)] = true
            if headlineMatched[Int(index)] { headlineCount += 1 }
        }
        self.answered = answered
        ranked = indices
        headlineMatchCount = headlineCount
        bodyMatchCount = indices.count - headlineCount
        bodySearchPending = false
        return true
    }

    mutating func commit() { isEditing = false }
}
