import CSQLite
import Foundation
import StoryKit

/// A ranked answer worked out on two cores: the older and the newer half of the docids
/// are scored at once, each on a connection of its own, and their best rows merged.
///
/// BM25 must score every match before it knows the best, and with a million stories a
/// common word matches most of them; SQLite runs one statement on one thread, so the
/// halves are two statements. Both parts score alike: idf and the average length come
/// from the whole table whatever part a statement reads. Each part is ordered by the
/// whole key (score, then the newer story, then the lower id), so the merge is exact.
///
/// The two statements read the index in two transactions, so a writer in another
/// process committing while they run could give them two states of the index (other
/// idf, a story under two docids): each connection's `data_version` is compared before
/// and after, and a change sends the query back to the one statement. The merge keeps a
/// story once all the same.
struct HalvedRanking {
    let query: StoryQuery
    let limit: Int?
    /// The index's day spread, for date terms (see `IndexQuery`).
    var spread: DaySpread? = nil

    /// One row of a part: a story, its score (lower is better, as FTS5's) and minute.
    struct Row: Sendable {
        let story: Int64
        let score: Double
        let minute: Int64

        /// Whether `self` comes before `other` in a ranked answer (the SQL's own order).
        func precedes(_ other: Row) -> Bool {
            if score != other.score { return score < other.score }
            if minute != other.minute { return minute > other.minute }
            return UInt64(bitPattern: story) < UInt64(bitPattern: other.story)
        }
    }

    /// The answer, or nil when the query has no words to rank by, the index is too small
    /// to split, or another process wrote to it meanwhile (the caller asks in one
    /// statement then).
    func run(on database: Database, and helper: Database, marks: @escaping @Sendable (StoryID) -> StoryState) throws(SQLiteError) -> [StoryID]? {
        guard IndexQuery(query, shape: .rankedPart(limit: limit, docids: 0...0, byScoreOnly: false)).usesWords else { return nil }
        if let limit, limit <= 0 { return [] }
        let versions = (try database.dataVersion(), try helper.dataVersion())
        guard let middle = try Self.middleDocid(database) else { return nil }
        let older = Part(query, limit: limit, docids: Int64.min...(middle - 1), spread: spread)
        let newer = Part(query, limit: limit, docids: middle...Int64.max, spread: spread)

        let running = PartOnThread(newer, on: helper, marks: marks)
        let olderRows: [Row]
        do {
            olderRows = try older.rows(on: database, marks: marks)
        } catch {
            _ = try? running.rows()
            throw error
        }
        let newerRows = try running.rows()
        guard try database.dataVersion() == versions.0, try helper.dataVersion() == versions.1 else { return nil }
        return Self.merged(olderRows, newerRows, limit: limit)
    }

    /// The best rows of one range of docids, in the whole order.
    struct Part: Sendable {
        let limit: Int?
        private let byScore: IndexQuery
        private let exact: IndexQuery

        /// Rows fetched beyond a page when they are sorted by score alone, so that the
        /// stories tied with the page's last are all among them (almost always: else the
        /// part is asked again in the whole order).
        static let tieMargin = 64

        init(_ query: StoryQuery, limit: Int?, docids: ClosedRange<Int64>, spread: DaySpread?) {
            self.limit = limit
            // A page too large to add the margin to has no use for it: it is asked in the whole order.
            let fetched = limit.map { $0 < Int.max - Self.tieMargin ? $0 + Self.tieMargin : $0 }
            byScore = IndexQuery(query, shape: .rankedPart(limit: fetched, docids: docids, byScoreOnly: true), spread: spread)
            exact = IndexQuery(query, shape: .rankedPart(limit: limit, docids: docids, byScoreOnly: false), spread: spread)
        }

        var usesWords: Bool { exact.usesWords }

        func rows(on database: Database, marks: @escaping @Sendable (StoryID) -> StoryState) throws(SQLiteError) -> [Row] {
            guard let limit, limit > 0, limit < Int.max - Self.tieMargin else { return try HalvedRanking.rows(exact, on: database, marks: marks) }
            let fetched = try HalvedRanking.rows(byScore, on: database, marks: marks)
            // Every row scoring as the page's last is here when the fetch ended short or
            // on a worse score.
            if fetched.count < limit + Self.tieMargin || fetched[limit - 1].score < fetched[fetched.count - 1].score {
                return Array(fetched.sorted { $0.precedes($1) }.prefix(limit))
            }
            return try HalvedRanking.rows(exact, on: database, marks: marks)
        }
    }

    /// Halfway between the lowest and the highest docid, that is through the middle of
    /// the time the stories span (an even split for an archive kept at an even pace, an
    /// uneven one, still exact, for an archive that grew lately). Nil with fewer than two
    /// docids.
    private static func middleDocid(_ database: Database) throws(SQLiteError) -> Int64? {
        // Two sub-selects: SQLite finds a lone min() or max() at an end of the table, but
        // reads every row for the two in one select.
        let statement = try database.prepare("SELECT (SELECT min(docid) FROM docs), (SELECT max(docid) FROM docs)")
        try statement.bind([])
        guard try statement.step(), !statement.isNull(0) else { return nil }
        let (lowest, highest) = (statement.integer(0), statement.integer(1))
        guard highest > lowest else { return nil }
        return lowest + (highest - lowest) / 2 + 1
    }

    static func rows(_ query: IndexQuery, on database: Database, marks: @escaping @Sendable (StoryID) -> StoryState) throws(SQLiteError) -> [Row] {
        let lookup = MarkLookup(database, marks: marks)
        defer { lookup.unregister() }
        let statement = try database.prepare(query.sql)
        try statement.bind(query.values)
        var rows: [Row] = []
        while try statement.step() { rows.append(Row(story: statement.integer(0), score: statement.real(1), minute: statement.integer(2))) }
        return rows
    }

    /// Both parts in one order, each story once, at most `limit`.
    static func merged(_ first: [Row], _ second: [Row], limit: Int?) -> [StoryID] {
        let wanted = limit ?? (first.count + second.count)
        var answer: [StoryID] = []
        answer.reserveCapacity(min(wanted, first.count + second.count))
        var taken = Set<Int64>(minimumCapacity: min(wanted, first.count + second.count))
        var (a, b) = (0, 0)
        while answer.count < wanted && (a < first.count || b < second.count) {
            let row: Row
            if b == second.count || (a < first.count && !second[b].precedes(first[a])) {
                row = first[a]
                a += 1
            } else {
                row = second[b]
                b += 1
            }
            if taken.insert(row.story).inserted { answer.append(StoryID(value: UInt64(bitPattern: row.story))) }
        }
        return answer
    }
}

/// One part of a `HalvedRanking` running on a thread of its own, on a connection no
/// other thread touches until `rows()` has waited for it.
private final class PartOnThread: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<[HalvedRanking.Row], SQLiteError> = .success([])

    init(_ part: HalvedRanking.Part, on database: Database, marks: @escaping @Sendable (StoryID) -> StoryState) {
        let connection = UncheckedConnection(database: database)
        Thread { [self] in
            do throws(SQLiteError) {
                result = .success(try part.rows(on: connection.database, marks: marks))
            } catch {
                result = .failure(error)
            }
            done.signal()
        }.start()
    }

    func rows() throws(SQLiteError) -> [HalvedRanking.Row] {
        done.wait()
        return try result.get()
    }
}

/// A connection handed to the one thread that uses it while its owner waits.
private struct UncheckedConnection: @unchecked Sendable {
    let database: Database
}
