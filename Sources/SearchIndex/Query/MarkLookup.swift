import CSQLite
import StoryKit

/// Answers `is:read`, `is:starred`… inside SQLite: the reading state lives in the
/// store's logs, not in the index, so a query asks Swift through the function
/// `byline_mark(story, condition)` while it runs.
final class MarkLookup {
    let marks: @Sendable (StoryID) -> StoryState
    private let database: Database
    static let functionName = "byline_mark"

    init(_ database: Database, marks: @escaping @Sendable (StoryID) -> StoryState) {
        self.database = database
        self.marks = marks
        sqlite3_create_function_v2(
            database.handle, Self.functionName, 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC, Unmanaged.passUnretained(self).toOpaque(),
            { context, _, arguments in
                guard let context, let arguments, let pointer = sqlite3_user_data(context) else { return }
                let lookup = Unmanaged<MarkLookup>.fromOpaque(pointer).takeUnretainedValue()
                let story = StoryID(value: UInt64(bitPattern: sqlite3_value_int64(arguments[0])))
                let number = Int(sqlite3_value_int(arguments[1]))
                guard MarkLookup.conditions.indices.contains(number) else { return sqlite3_result_int(context, 0) }
                let condition = MarkLookup.conditions[number]
                sqlite3_result_int(context, condition.holds(for: lookup.marks(story)) ? 1 : 0)
            }, nil, nil, nil)
    }

    /// The function is removed once the query ends, so SQLite never calls into a freed lookup.
    func unregister() {
        sqlite3_create_function_v2(database.handle, Self.functionName, 2, SQLITE_UTF8, nil, nil, nil, nil, nil)
    }

    static let conditions = MarkCondition.allCases

    static func number(of condition: MarkCondition) -> Int64 {
        Int64(conditions.firstIndex(of: condition)!)
    }
}
