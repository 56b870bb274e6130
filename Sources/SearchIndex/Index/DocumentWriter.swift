/// Writes documents into the index: the story's row in `docs` (replacing an older
/// version's) and its words in `text`, under a new docid.
import CSQLite
import StoryKit

struct DocumentWriter {
    private let removeOld: Statement
    private let insertRow: Statement
    private let insertWords: Statement
    private let database: Database

    init(_ database: Database) throws(SQLiteError) {
        self.database = database
        removeOld = try database.prepare("DELETE FROM docs WHERE story = ?1")
        insertRow = try database.prepare("INSERT INTO docs(story, stamp, day, minute, lang, host, site) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)")
        let columns = Array(repeating: "?", count: 1 + StoryField.indexOrder.count).joined(separator: ", ")
        insertWords = try database.prepare("INSERT INTO text(rowid, \(StoryField.indexOrder.map(\.rawValue).joined(separator: ", "))) VALUES(\(columns))")
    }

    func write(_ document: IndexDocument) throws(SQLiteError) {
        let story = SQLValue.integer(Int64(bitPattern: document.id.value))
        try removeOld.run([story])
        try insertRow.run([
            story, .integer(Int64(bitPattern: document.stamp.value)), document.day.map { .integer(Int64($0)) } ?? .null,
            .integer(document.minute), SQLValue(document.language), SQLValue(document.host), SQLValue(document.siteName),
        ])
        let docid = sqlite3_last_insert_rowid(database.handle)
        try insertWords.run([.integer(docid)] + document.texts.map { .text($0) })
    }
}
