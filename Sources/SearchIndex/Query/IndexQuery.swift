import StoryKit

/// A `StoryQuery` as one SQL statement over the index, with every piece of user text
/// bound as a parameter: words go in FTS5 MATCH expressions (quoted, so no word is
/// read as FTS5 syntax), facts in comparisons on `docs`.
///
/// The text conditions every result must meet become a single MATCH on the word table
/// (what BM25 ranks by); the other conditions, and text under OR or NOT with facts,
/// become sub-selects and comparisons that SQLite evaluates per candidate.
struct IndexQuery {
    private(set) var sql = ""
    private(set) var values: [SQLValue] = []
    /// Whether the query has words, so the word table drives it (in docid order, by time).
    private(set) var usesWords = false

    /// What the statement returns: the answer's stories in order, or the minutes of the
    /// newest `limit` matches in docid order (which FTS5 gives without a sort, stopping
    /// once it has them): the first pass of a newest-first page.
    enum Shape {
        case stories(order: SearchOrder, limit: Int?, docidAtLeast: Int64?)
        case newestMinutes(limit: Int)
        /// The best `limit` matches among the docids of `docids` as rows of story, score
        /// and minute, best first: one part of a ranked answer put together by `HalvedRanking`.
        /// With `byScoreOnly`, ties of score come in no particular order (one sort key
        /// instead of four for SQLite to compare at every match).
        case rankedPart(limit: Int?, docids: ClosedRange<Int64>, byScoreOnly: Bool)
    }

    /// `spread`, when known, turns each date term that every result must meet into a
    /// range of docids (or minutes), besides the exact test on the day.
    init(_ query: StoryQuery, shape: Shape, spread: DaySpread? = nil) {
        let conjuncts: [QueryExpression] =
            switch query.expression {
            case .all(let parts): parts
            case .everything: []
            default: [query.expression]
            }
        var positive: [String] = []
        var negative: [String] = []
        var rest: [QueryExpression] = []
        for conjunct in conjuncts {
            if conjunct.isTextOnly, let match = FTSExpression.positive(conjunct) {
                positive.append(match)
            } else if case .not(let inner) = conjunct, inner.isTextOnly, let match = FTSExpression.positive(inner) {
                negative.append(match)
            } else {
                rest.append(conjunct)
            }
        }
        if positive.isEmpty {
            // Negated words alone cannot drive a MATCH: they are conditions like the rest.
            rest = conjuncts
            negative = []
        }
        var conditions: [String] = []
        let dates: [(from: CalendarDate?, through: CalendarDate?)] = rest.compactMap {
            if case .term(.date(let from, let through)) = $0 { (from, through) } else { nil }
        }
        if !positive.isEmpty {
            var match = positive.joined(separator: " AND ")
            if !negative.isEmpty { match = "(\(match)) NOT (\(negative.joined(separator: " OR ")))" }
            let columns =
                switch shape {
                case .newestMinutes: "d.minute"
                case .stories: "d.story"
                case .rankedPart: "d.story, \(RankFunction.name)(text, d.words), d.minute"
                }
            sql = "SELECT \(columns) FROM text JOIN docs d ON d.docid = text.rowid WHERE text MATCH ?"
            values.append(.text(match))
            usesWords = true
            switch shape {
            case .stories(_, _, let lowest?):
                sql += " AND text.rowid >= ?"
                values.append(.integer(lowest))
            case .rankedPart(_, let docids, _):
                sql += " AND text.rowid BETWEEN ? AND ?"
                values += [.integer(docids.lowerBound), .integer(docids.upperBound)]
            default:
                break
            }
            if let spread {
                for date in dates {
                    let docids = spread.docids(from: date.from, through: date.through)
                    sql += " AND text.rowid BETWEEN ? AND ?"
                    values += [.integer(docids.lowest), .integer(docids.highest)]
                }
            }
        } else {
            sql = "SELECT d.story FROM docs d"
            if let spread {
                for date in dates {
                    let minutes = spread.minutes(from: date.from, through: date.through)
                    conditions.append("d.minute BETWEEN ? AND ?")
                    values += [.integer(minutes.lowest), .integer(minutes.highest)]
                }
            }
        }
        for condition in rest { conditions.append(predicate(condition)) }
        if !conditions.isEmpty {
            sql += (positive.isEmpty ? " WHERE " : " AND ") + conditions.joined(separator: " AND ")
        }
        switch shape {
        case .newestMinutes(let limit):
            sql += " ORDER BY text.rowid DESC LIMIT ?"
            values.append(.integer(Int64(max(0, limit))))
        case .rankedPart(let limit, _, let byScoreOnly):
            sql += byScoreOnly ? " ORDER BY 2" : " ORDER BY 2, \(Self.newerFirst)"
            appendLimit(limit)
        case .stories(let order, let limit, _):
            if order == .rank && !positive.isEmpty {
                sql += " ORDER BY \(RankFunction.name)(text, d.words), \(Self.newerFirst)"
            } else {
                sql += " ORDER BY \(Self.newerFirst)"
            }
            appendLimit(limit)
        }
    }

    /// The newer story first, then the lower id (unsigned, as `StoryID` orders: the signed
    /// column puts ids with the top bit set first, so those go last). What breaks ties of
    /// score, and the newest-first order itself.
    private static let newerFirst = "d.minute DESC, d.story < 0, d.story"

    private mutating func appendLimit(_ limit: Int?) {
        guard let limit else { return }
        sql += " LIMIT ?"
        values.append(.integer(Int64(max(0, limit))))
    }

    /// A condition on the row `d` of `docs`, true or false, never NULL (so NOT is exact).
    private mutating func predicate(_ expression: QueryExpression) -> String {
        if expression.isTextOnly, let match = FTSExpression.positive(expression) {
            values.append(.text(match))
            return "d.docid IN (SELECT rowid FROM text WHERE text MATCH ?)"
        }
        switch expression {
        case .everything:
            return "1"
        case .all(let parts):
            return "(" + parts.map { predicate($0) }.joined(separator: " AND ") + ")"
        case .any(let parts):
            return "(" + parts.map { predicate($0) }.joined(separator: " OR ") + ")"
        case .not(let inner):
            return "(NOT " + predicate(inner) + ")"
        case .term(let term):
            return "coalesce(" + fact(term) + ", 0)"
        }
    }

    private mutating func fact(_ term: QueryTerm) -> String {
        switch term {
        case .text(let match):
            values.append(.text(FTSExpression.phrase(match)))
            return "d.docid IN (SELECT rowid FROM text WHERE text MATCH ?)"
        case .date(let from, let through):
            var parts = ["d.day IS NOT NULL"]
            if let from {
                parts.append("d.day >= ?")
                values.append(.integer(Int64(from.dayNumber)))
            }
            if let through {
                parts.append("d.day <= ?")
                values.append(.integer(Int64(through.dayNumber)))
            }
            return "(" + parts.joined(separator: " AND ") + ")"
        case .mark(let condition):
            values.append(.integer(MarkLookup.number(of: condition)))
            return "\(MarkLookup.functionName)(d.story, ?)"
        case .language(let tag):
            values += [.text(tag), .integer(Int64(tag.utf8.count + 1)), .text(tag + "-")]
            return "(d.lang = ? OR substr(d.lang, 1, ?) = ?)"
        case .site(let name):
            values += [.text(name), .integer(Int64(name.utf8.count + 1)), .text("." + name), .text(SearchableStory.compactSiteName(name))]
            return "(d.host = ? OR substr(d.host, -?) = ? OR d.site = ?)"
        }
    }
}
