import CSQLite
import Foundation
import StoryKit

/// BM25 exactly as FTS5's own `bm25()` computes it (k1 1.2, b 0.75, each column weighted
/// by `StoryField.rankWeight`, the same idf and average length), registered on a
/// connection as the FTS5 function `byline_rank(text, words)`.
///
/// The one difference is where a story's length comes from: `bm25()` looks it up in
/// `text_docsize` with a statement of its own at every match, while `byline_rank` takes
/// it from the `docs` row the query joins anyway (`words`, written beside the words by
/// `DocumentWriter`). With a million stories that look-up was two thirds of a ranked
/// query's time. A row without `words` (NULL) is measured the old way.
enum RankFunction {
    static let name = "byline_rank"

    /// BM25's constants, FTS5's defaults: how fast repeats stop counting, and how much
    /// a long story is held back.
    private static let k1 = 1.2
    private static let b = 0.75

    /// The weight of each column of `text`, in the table's order.
    private static let weights = StoryField.indexOrder.map(\.rankWeight)

    /// Makes `byline_rank` available to the queries of `database`.
    static func register(on database: Database) throws(SQLiteError) {
        guard let api = byline_fts5_api(database.handle), let create = api.pointee.xCreateFunction else {
            throw SQLiteError(code: SQLITE_ERROR, message: "this SQLite has no FTS5")
        }
        let status = create(api, name, nil, rank, nil)
        guard status == SQLITE_OK else { throw database.error(status) }
    }

    /// The facts of one query that every row's score shares: each phrase's idf and the
    /// average story length, worked out at the first row and kept by FTS5 until the
    /// query ends.
    private final class QueryFacts {
        let inverseFrequencies: [Double]
        let averageLength: Double
        var frequencies: [Double]

        init(inverseFrequencies: [Double], averageLength: Double) {
            self.inverseFrequencies = inverseFrequencies
            self.averageLength = averageLength
            frequencies = Array(repeating: 0, count: inverseFrequencies.count)
        }
    }

    private static let rank: fts5_extension_function = { api, context, result, count, values in
        guard let api, let context, let result else { return }
        var status = SQLITE_OK
        if let score = RankFunction.score(api.pointee, context, words: count > 0 ? values?[0] : nil, status: &status) {
            sqlite3_result_double(result, -score)
        } else {
            sqlite3_result_error_code(result, status)
        }
    }

    /// The current row's score (higher is better), or nil with FTS5's `status` when it
    /// cannot be worked out.
    private static func score(_ api: Fts5ExtensionApi, _ context: OpaquePointer, words: OpaquePointer?, status: inout Int32) -> Double? {
        let facts: QueryFacts
        if let kept = api.xGetAuxdata?(context, 0) {
            facts = Unmanaged<QueryFacts>.fromOpaque(kept).takeUnretainedValue()
        } else {
            guard let made = queryFacts(api, context, status: &status) else { return nil }
            status = api.xSetAuxdata?(context, Unmanaged.passRetained(made).toOpaque()) { Unmanaged<QueryFacts>.fromOpaque($0!).release() } ?? SQLITE_ERROR
            guard status == SQLITE_OK else { return nil }
            facts = made
        }

        // Each phrase's frequency in the row, an occurrence counting its column's weight.
        for phrase in facts.frequencies.indices {
            var frequency = 0.0
            var iterator = Fts5PhraseIter()
            var column: Int32 = -1
            var offset: Int32 = -1
            status = api.xPhraseFirst?(context, Int32(phrase), &iterator, &column, &offset) ?? SQLITE_ERROR
            guard status == SQLITE_OK else { return nil }
            while column >= 0 {
                frequency += Int(column) < weights.count ? weights[Int(column)] : 1
                api.xPhraseNext?(context, &iterator, &column, &offset)
            }
            facts.frequencies[phrase] = frequency
        }

        var length: Double
        if let words, sqlite3_value_type(words) != SQLITE_NULL {
            length = Double(sqlite3_value_int64(words))
        } else {
            var tokens: Int32 = 0
            status = api.xColumnSize?(context, -1, &tokens) ?? SQLITE_ERROR
            guard status == SQLITE_OK else { return nil }
            length = Double(tokens)
        }

        var score = 0.0
        for phrase in facts.frequencies.indices {
            let frequency = facts.frequencies[phrase]
            score +=
                facts.inverseFrequencies[phrase]
                * ((frequency * (k1 + 1.0)) / (frequency + k1 * (1 - b + b * length / facts.averageLength)))
        }
        return score
    }

    /// Each phrase's idf (from the number of rows it occurs in, never below a millionth,
    /// as FTS5 has it) and the average length of a row.
    private static func queryFacts(_ api: Fts5ExtensionApi, _ context: OpaquePointer, status: inout Int32) -> QueryFacts? {
        var rows: Int64 = 0
        var tokens: Int64 = 0
        status = api.xRowCount?(context, &rows) ?? SQLITE_ERROR
        if status == SQLITE_OK { status = api.xColumnTotalSize?(context, -1, &tokens) ?? SQLITE_ERROR }
        guard status == SQLITE_OK else { return nil }
        let phrases = Int(api.xPhraseCount?(context) ?? 0)
        var inverseFrequencies: [Double] = []
        inverseFrequencies.reserveCapacity(phrases)
        for phrase in 0..<phrases {
            var hits: Int64 = 0
            status =
                api.xQueryPhrase?(context, Int32(phrase), &hits) { _, _, counter in
                    counter!.assumingMemoryBound(to: Int64.self).pointee += 1
                    return SQLITE_OK
                } ?? SQLITE_ERROR
            guard status == SQLITE_OK else { return nil }
            let idf = log((Double(rows) - Double(hits) + 0.5) / (Double(hits) + 0.5))
            inverseFrequencies.append(idf <= 0 ? 1e-6 : idf)
        }
        return QueryFacts(inverseFrequencies: inverseFrequencies, averageLength: Double(tokens) / Double(rows))
    }
}
