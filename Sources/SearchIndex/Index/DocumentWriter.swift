import StoryKit

/// Writes documents into the index: the story's row in `docs` (replacing an older
/// version's) and its words in `text`, under a docid of its own.
///
/// A docid orders the word table by time: the story's minute times `slotsPerMinute`,
/// plus a few bits of its id. FTS5 walks its rows in docid order, so the newest matches
/// come first without a sort, and a newest-first page stops as soon as it is full. A
/// docid once used is never given again: the words of a replaced version stay behind
/// under it (see `IndexSchema`), and a new story must not inherit them.
struct DocumentWriter {
    static let slotsPerMinute: Int64 = 4096

    private let findOld: Statement
    private let retire: Statement
    private let removeOld: Statement
    private let isTaken: Statement
    private let insertRow: Statement
    private let insertWords: Statement
    private let columnSizes: Statement

    init(_ database: Database) throws(SQLiteError) {
        findOld = try database.prepare("SELECT docid FROM docs WHERE story = ?1")
        retire = try database.prepare("INSERT OR IGNORE INTO dead(docid) VALUES(?1)")
        removeOld = try database.prepare("DELETE FROM docs WHERE story = ?1")
        isTaken = try database.prepare("SELECT EXISTS(SELECT 1 FROM docs WHERE docid = ?1) OR EXISTS(SELECT 1 FROM dead WHERE docid = ?1)")
        insertRow = try database.prepare(
            "INSERT INTO docs(docid, story, stamp, day, minute, lang, host, site, words) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
        let columns = Array(repeating: "?", count: 1 + StoryField.indexOrder.count).joined(separator: ", ")
        insertWords = try database.prepare("INSERT INTO text(rowid, \(StoryField.indexOrder.map(\.rawValue).joined(separator: ", "))) VALUES(\(columns))")
        columnSizes = try database.prepare("SELECT sz FROM text_docsize WHERE id = ?1")
    }

    /// Writes `document` and returns its docid.
    @discardableResult
    func write(_ document: IndexDocument) throws(SQLiteError) -> Int64 {
        let story = SQLValue.integer(Int64(bitPattern: document.id.value))
        try remove(story)
        var docid = Self.firstDocid(minute: document.minute, id: document.id)
        while try isTaken.firstInteger([.integer(docid)]) == 1 { docid += 1 }
        try insertWords.run([.integer(docid)] + document.texts.map { .text($0) })
        try insertRow.run([
            .integer(docid), story, .integer(Int64(bitPattern: document.stamp.value)), document.day.map { .integer(Int64($0)) } ?? .null,
            .integer(document.minute), SQLValue(document.language), SQLValue(document.host), SQLValue(document.siteName),
            try words(docid).map { .integer($0) } ?? .null,
        ])
        return docid
    }

    /// The story's length in words as FTS5 counted them while indexing it: `text_docsize`
    /// keeps each row's column lengths as SQLite varints, one per column.
    private func words(_ docid: Int64) throws(SQLiteError) -> Int64? {
        try columnSizes.bind([.integer(docid)])
        defer { columnSizes.reset() }
        guard try columnSizes.step() else { return nil }
        var bytes = columnSizes.bytes(0)[...]
        var total: Int64 = 0
        for _ in StoryField.indexOrder {
            guard let length = Self.varint(&bytes), length >= 0 else { return nil }
            let (sum, overflow) = total.addingReportingOverflow(length)
            guard !overflow else { return nil }
            total = sum
        }
        // A record of another shape is not read: the rank function measures the row itself.
        return bytes.isEmpty ? total : nil
    }

    /// Reads one SQLite varint off the front of `bytes` (seven bits a byte, the high bit
    /// saying another follows; a ninth byte gives all eight), nil when it is cut short.
    static func varint(_ bytes: inout ArraySlice<UInt8>) -> Int64? {
        var value: UInt64 = 0
        for position in 0..<9 {
            guard let byte = bytes.popFirst() else { return nil }
            if position == 8 { return Int64(bitPattern: value << 8 | UInt64(byte)) }
            value = value << 7 | UInt64(byte & 0x7f)
            if byte & 0x80 == 0 { return Int64(bitPattern: value) }
        }
        return nil
    }

    /// Takes a story out: its row goes, its docid is retired.
    func remove(_ story: SQLValue) throws(SQLiteError) {
        guard let old = try findOld.firstInteger([story]) else { return }
        try retire.run([.integer(old)])
        try removeOld.run([story])
    }

    /// Where a story of `minute` starts looking for a free docid.
    static func firstDocid(minute: Int64, id: StoryID) -> Int64 {
        let (base, overflow) = clampedMinute(minute).multipliedReportingOverflow(by: slotsPerMinute)
        return (overflow ? 0 : base) + Int64(id.value & UInt64(slotsPerMinute - 1))
    }

    /// The first docid a minute can have: a newest-first page starts its exact pass there.
    static func lowestDocid(minute: Int64) -> Int64 {
        clampedMinute(minute) * slotsPerMinute
    }

    /// Minutes of ±4,000 years, far beyond any story's, keep docids inside 64 bits.
    private static func clampedMinute(_ minute: Int64) -> Int64 {
        max(-2_000_000_000_000, min(2_000_000_000_000, minute))
    }
}
