import CSQLite

/// One SQLite connection: statements are prepared and run on it, one caller at a time
/// (the owner, `SearchIndex`, serialises access).
final class Database {
    let handle: OpaquePointer

    /// Opens (creating when asked) the database at `path`. SQLite never loads an
    /// extension or follows a URI here: the file is ours and holds only derived data.
    init(path: String, create: Bool) throws(SQLiteError) {
        _ = Self.configured
        var handle: OpaquePointer?
        let flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX
        let status = sqlite3_open_v2(path, &handle, flags, nil)
        guard status == SQLITE_OK, let handle else {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
            sqlite3_close_v2(handle)
            throw SQLiteError(code: status, message: message)
        }
        self.handle = handle
        sqlite3_extended_result_codes(handle, 1)
        // Another process updating the index holds its lock briefly: wait instead of failing.
        sqlite3_busy_timeout(handle, 5_000)
    }

    deinit {
        sqlite3_close_v2(handle)
    }

    /// Process-wide settings, made once before the first connection opens (this type
    /// makes every connection of the process, so SQLite is not yet in use here).
    private static let configured: Void = {
        let status = byline_sqlite3_stop_counting_memory()
        assert(status == SQLITE_OK, "SQLite was in use before the first Database")
    }()

    /// A number that changes whenever another connection commits to the database.
    func dataVersion() throws(SQLiteError) -> Int64 {
        let statement = try prepare("PRAGMA data_version")
        return try statement.firstInteger([]) ?? 0
    }

    /// Runs SQL that takes no parameters and returns no rows (schema, pragmas).
    func execute(_ sql: String) throws(SQLiteError) {
        let status = sqlite3_exec(handle, sql, nil, nil, nil)
        guard status == SQLITE_OK else { throw error(status) }
    }

    func prepare(_ sql: String) throws(SQLiteError) -> Statement {
        var statement: OpaquePointer?
        let status = sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil)
        guard status == SQLITE_OK, let statement else { throw error(status) }
        return Statement(statement, database: self)
    }

    /// Runs `body` in one transaction: all of it is written, or none of it.
    func transaction<Result>(_ body: () throws(SQLiteError) -> Result) throws(SQLiteError) -> Result {
        try execute("BEGIN IMMEDIATE")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    func error(_ status: Int32) -> SQLiteError {
        SQLiteError(code: sqlite3_extended_errcode(handle) == 0 ? status : sqlite3_extended_errcode(handle), message: String(cString: sqlite3_errmsg(handle)))
    }
}
