/// The search being typed or kept: its query and which stories match it, in their
/// headline (at once) or in their text (as the background search reports).
public struct SearchSession: Hashable, Sendable {
    public internal(set) var query: String
    /// True while typing; false once Enter kept the result.
    public internal(set) var isEditing: Bool
    /// By index into `summaries`: whether the headline matches.
    var headlineMatched: [Bool]
    /// By index into `summaries`: whether the body matches.
    var bodyMatched: [Bool]
    public internal(set) var headlineMatchCount: Int
    public internal(set) var bodyMatchCount = 0
    /// True while the body search for this query is still running.
    public internal(set) var bodySearchPending: Bool
    /// Ties background results to the query that asked for them.
    public internal(set) var generation: Int

    func matches(_ index: Int32) -> Bool { headlineMatched[Int(index)] || bodyMatched[Int(index)] }

    /// Matches only in the text, not the headline (the list marks these).
    public func matchesOnlyInText(_ index: Int32) -> Bool { !headlineMatched[Int(index)] && bodyMatched[Int(index)] }

    /// Whether the query has words; an empty one shows every story.
    var isActive: Bool { !query.isEmpty }

    /// Takes the body search's answer; false when it answers an older query.
    mutating func addBodyMatches(_ indices: [Int32], generation: Int) -> Bool {
        guard generation == self.generation else { return false }
        for index in indices where !bodyMatched[Int(index)] {
            bodyMatched[Int(index)] = true
            bodyMatchCount += 1
        }
        bodySearchPending = false
        return true
    }

    mutating func commit() { isEditing = false }
}
