import CSQLite

/// A prepared statement: values bound by position (never pasted into the SQL text),
/// rows stepped through, then reset for the next use.
final class Statement {
    private let handle: OpaquePointer
    private unowned let database: Database

    init(_ handle: OpaquePointer, database: Database) {
        self.handle = handle
        self.database = database
    }

    deinit {
        sqlite3_finalize(handle)
    }

    /// Binds values to `?1`, `?2`… in order, after clearing what the last use bound.
    func bind(_ values: [SQLValue]) throws(SQLiteError) {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            let status: Int32
            switch value {
            case .integer(let number): status = sqlite3_bind_int64(handle, index, number)
            case .real(let number): status = sqlite3_bind_double(handle, index, number)
            case .text(let text):
                status =
                    text.utf8.withContiguousStorageIfAvailable { bytes in
                        bytes.withMemoryRebound(to: CChar.self) { byline_sqlite3_bind_text_copy(handle, index, $0.baseAddress, Int32($0.count)) }
                    } ?? byline_sqlite3_bind_text_copy(handle, index, text, -1)
            case .null: status = sqlite3_bind_null(handle, index)
            }
            guard status == SQLITE_OK else { throw database.error(status) }
        }
    }

    /// Advances to the next row; false when there is none.
    func step() throws(SQLiteError) -> Bool {
        let status = sqlite3_step(handle)
        switch status {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default:
            let error = database.error(status)
            sqlite3_reset(handle)
            throw error
        }
    }

    /// Runs a statement that returns no rows.
    func run(_ values: [SQLValue]) throws(SQLiteError) {
        try bind(values)
        while try step() {}
        sqlite3_reset(handle)
    }

    /// The first column of the first row, for statements that look one value up.
    func firstInteger(_ values: [SQLValue]) throws(SQLiteError) -> Int64? {
        try bind(values)
        defer { sqlite3_reset(handle) }
        guard try step(), !isNull(0) else { return nil }
        return integer(0)
    }

    func integer(_ column: Int32) -> Int64 { sqlite3_column_int64(handle, column) }

    func real(_ column: Int32) -> Double { sqlite3_column_double(handle, column) }

    func text(_ column: Int32) -> String? {
        guard let bytes = sqlite3_column_text(handle, column) else { return nil }
        return String(cString: bytes)
    }

    func bytes(_ column: Int32) -> [UInt8] {
        let count = Int(sqlite3_column_bytes(handle, column))
        guard count > 0, let start = sqlite3_column_blob(handle, column) else { return [] }
        return Array(UnsafeRawBufferPointer(start: start, count: count))
    }

    func isNull(_ column: Int32) -> Bool { sqlite3_column_type(handle, column) == SQLITE_NULL }

    func reset() { sqlite3_reset(handle) }
}

/// A value bound to a statement's parameter.
enum SQLValue: Hashable {
    case integer(Int64)
    case real(Double)
    case text(String)
    case null

    init(_ text: String?) { self = text.map { .text($0) } ?? .null }
}
