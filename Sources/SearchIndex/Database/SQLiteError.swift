import CSQLite

/// A failed SQLite call: its result code and SQLite's own message.
public struct SQLiteError: Error, CustomStringConvertible, Sendable {
    public let code: Int32
    public let message: String

    /// The index file is not a database any more, or its pages are damaged: rebuild it.
    public var isDamage: Bool {
        let primary = code & 0xFF
        return primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB
    }

    /// The disk is full: the transaction was rolled back and the index is as before.
    public var isDiskFull: Bool { code & 0xFF == SQLITE_FULL }

    public var description: String { message }
}
