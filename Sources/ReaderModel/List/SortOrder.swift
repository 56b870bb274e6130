/// The orders the headline list can take.
public enum SortOrder: String, Sendable, CaseIterable {
    case newestFirst = "newest first"
    case oldestFirst = "oldest first"
    case byAgency = "by agency"

    /// The order `o` switches to.
    var next: SortOrder {
        let all = SortOrder.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }

    /// Every story's index into `summaries`, in this order. It runs once per start, `o` or
    /// changed library; filters then only pick from the result, keeping its order.
    public func arranged(_ summaries: [StorySummary]) -> [Int32] {
        var all = Array(0..<Int32(summaries.count))
        switch self {
        case .newestFirst:
            // The order every start-up uses: plain key arrays keep the comparisons free of
            // summary copies, and the catalog's own newest-first order makes it one pass.
            let minutes = summaries.map(\.sortMinute), ids = summaries.map(\.id)
            all.sort { minutes[Int($0)] != minutes[Int($1)] ? minutes[Int($0)] > minutes[Int($1)] : ids[Int($0)] < ids[Int($1)] }
        case .oldestFirst:
            // Stories whose date is unknown go last here too, not first.
            all.sort {
                let a = summaries[Int($0)], b = summaries[Int($1)]
                if (a.date == nil) != (b.date == nil) { return b.date == nil }
                return a.sortMinute != b.sortMinute ? a.sortMinute < b.sortMinute : a.id < b.id
            }
        case .byAgency:
            all.sort {
                let a = summaries[Int($0)], b = summaries[Int($1)]
                if a.agency != b.agency { return a.agency.isEmpty != b.agency.isEmpty ? !a.agency.isEmpty : a.agency < b.agency }
                return a.sortMinute != b.sortMinute ? a.sortMinute > b.sortMinute : a.id < b.id
            }
        }
        return all
    }
}
