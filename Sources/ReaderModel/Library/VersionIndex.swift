import StoryKit

/// The stories that are versions of one story (the store groups them by their text):
/// the list shows each group as one row, its newest version, and a marking applies to
/// every version. `byline list --versions newest` collapses its rows by the same rule.
public struct VersionIndex: Sendable {
    /// Each group of two or more, as indices into `summaries`, newest first.
    private var groups: [UInt64: [Int32]] = [:]

    init() {}

    public init(_ summaries: [StorySummary]) {
        for (index, summary) in summaries.enumerated() where summary.versionGroup != 0 {
            groups[summary.versionGroup, default: []].append(Int32(index))
        }
        groups = groups.filter { $0.value.count > 1 }
        for (key, members) in groups { groups[key] = members.sorted { Self.isNewer($0, than: $1, in: summaries) } }
    }

    var isEmpty: Bool { groups.isEmpty }

    /// Every version of the story at `index`, itself included, newest first; empty when it has no other.
    public func versions(of index: Int32, in summaries: [StorySummary]) -> [Int32] {
        let key = summaries[Int(index)].versionGroup
        return key == 0 ? [] : groups[key] ?? []
    }

    /// Keeps, of each group in `order`, only the newest version `order` holds, where it stands.
    public func collapsed(_ order: [Int32], in summaries: [StorySummary]) -> [Int32] {
        guard !groups.isEmpty else { return order }
        var newest: [UInt64: Int32] = [:]
        for index in order {
            let key = summaries[Int(index)].versionGroup
            guard key != 0, groups[key] != nil else { continue }
            if let kept = newest[key], !Self.isNewer(index, than: kept, in: summaries) { continue }
            newest[key] = index
        }
        guard !newest.isEmpty else { return order }
        return order.filter { index in
            let key = summaries[Int(index)].versionGroup
            return key == 0 || newest[key].map { $0 == index } ?? true
        }
    }

    private static func isNewer(_ index: Int32, than other: Int32, in summaries: [StorySummary]) -> Bool {
        let a = summaries[Int(index)], b = summaries[Int(other)]
        return a.sortMinute != b.sortMinute ? a.sortMinute > b.sortMinute : a.id < b.id
    }
}
