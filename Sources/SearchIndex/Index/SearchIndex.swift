import CSQLite
import Foundation
import StoryKit

/// The full-text index of a store: derived data, built from the story files, kept
/// current by every writer, rebuilt when missing, damaged or from another version,
/// and never the source of truth (deleting it loses nothing).
///
/// Used by one caller at a time: a lock serialises the reader's background search and
/// its background update. Two connections, both opened here: the second only reads,
/// scoring half of a ranked answer on another core (`HalvedRanking`).
public final class SearchIndex: @unchecked Sendable {
    public let path: String
    private let database: Database
    private let lock = NSLock()
    /// The second connection, opened right after the first so that both read the same
    /// file; nil when it could not be (ranked answers then take one statement).
    private let helper: Database?
    /// Why the file was created anew when it was opened, if it was (shown as a note).
    public let recreatedBecause: String?

    /// Opens the index at `path`, creating it (and its folder) when missing, and starting
    /// afresh when the file is damaged or from another version of Byline.
    public init(path: String) throws(SQLiteError) {
        self.path = path
        Self.makeFolders(for: path)
        var reason: String?
        var opened: Database
        do {
            opened = try Self.openExisting(path)
        } catch let error where error.isDamage || error.code == Self.otherVersion {
            reason = error.code == Self.otherVersion ? "it was made by another version" : "it was damaged (\(error.message))"
            Self.removeFiles(at: path)
            opened = try Self.openExisting(path)
        }
        database = opened
        helper = Self.openHelper(path)
        recreatedBecause = reason
    }

    /// Deletes the index's files (the database and its write-ahead log).
    public static func removeFiles(at path: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] { unlink(path + suffix) }
    }

    // MARK: Updating

    /// Brings the index in step with `source`: stories new or changed since the last
    /// update are indexed, stories gone are taken out. Cheap when nothing changed (one
    /// pass over the stamps); each batch is a transaction of its own, so a kill loses at
    /// most the batch being written and the next update carries on.
    @discardableResult
    public func update(from source: some IndexSource, batchSize: Int = 2_000, progress: (Int, Int) -> Void = { _, _ in }) throws(SQLiteError) -> IndexUpdate {
        try withDatabase { database throws(SQLiteError) in
            try Self.update(database, from: source, batchSize: batchSize, progress: progress)
        }
    }

    /// Builds the index at `path` from nothing, in a file of its own beside it that
    /// replaces the old one by a rename once it is complete: until then the old index
    /// (if any) answers, and a kill leaves it as it was. The new file is written without
    /// a journal (a half-built file is thrown away, never read), which halves the writes.
    @discardableResult
    public static func build(at path: String, from source: some IndexSource, progress: (Int, Int) -> Void = { _, _ in }) throws(SQLiteError) -> IndexUpdate {
        makeFolders(for: path)
        removeAbandonedBuilds(of: path)
        let building = path + ".building-\(getpid())"
        removeFiles(at: building)
        var update: IndexUpdate
        do {
            let database = try Database(path: building, create: true)
            try database.execute("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA temp_store=MEMORY; PRAGMA cache_size=-65536;")
            try database.execute(IndexSchema.create)
            update = try Self.update(database, from: source, batchSize: 5_000, progress: progress)
            try database.execute("PRAGMA journal_mode=WAL")
        } catch {
            removeFiles(at: building)
            throw error
        }
        // The connection is closed here; the file is made durable, then put in place.
        let descriptor = open(building, O_RDONLY)
        if descriptor >= 0 {
            fsync(descriptor)
            close(descriptor)
        }
        guard rename(building, path) == 0 else {
            removeFiles(at: building)
            throw SQLiteError(code: SQLITE_CANTOPEN, message: "cannot put the new index in place: \(String(cString: strerror(errno)))")
        }
        // The old file's write-ahead log must not be replayed into the new one.
        for suffix in ["-wal", "-shm"] { unlink(path + suffix) }
        update.rebuilt = true
        return update
    }

    /// Half-built files whose builder is gone (killed): removed before a new build.
    private static func removeAbandonedBuilds(of path: String) {
        let folder = (path as NSString).deletingLastPathComponent
        let prefix = (path as NSString).lastPathComponent + ".building-"
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where name.hasPrefix(prefix) {
            guard let pid = Int32(name.dropFirst(prefix.count).prefix { $0.isNumber }), kill(pid, 0) != 0 else { continue }
            unlink(folder + "/" + name)
        }
    }

    /// Whether the index holds exactly the stories and versions of `stamps`.
    public func isCurrent(for stamps: [IndexStamp]) -> Bool {
        isCurrent(IndexFingerprint(stamps))
    }

    /// Whether the index holds the stories `fingerprint` sums up (computed once by a
    /// caller that asks often, since it takes a pass over every story).
    public func isCurrent(_ fingerprint: IndexFingerprint) -> Bool {
        (try? withDatabase { database throws(SQLiteError) in try Self.storedFingerprint(database) }) == fingerprint
    }

    private static func update(_ database: Database, from source: some IndexSource, batchSize: Int, progress: (Int, Int) -> Void) throws(SQLiteError)
        -> IndexUpdate
    {
        let stamps = source.indexStamps()
        let wanted = IndexFingerprint(stamps)
        var result = IndexUpdate()
        if try storedFingerprint(database) == wanted { return result }

        var indexed: [UInt64: UInt64] = [:]
        let rows = try database.prepare("SELECT story, stamp FROM docs")
        try rows.bind([])
        while try rows.step() { indexed[UInt64(bitPattern: rows.integer(0))] = UInt64(bitPattern: rows.integer(1)) }
        rows.reset()

        var changed: [IndexStamp] = []
        var present = Set<UInt64>(minimumCapacity: stamps.count)
        for stamp in stamps {
            present.insert(stamp.id.value)
            if indexed[stamp.id.value] != stamp.value { changed.append(stamp) }
        }
        let gone = indexed.keys.filter { !present.contains($0) }

        // Replacing most of the index leaves more dead words than live ones: start afresh.
        if indexed.count > 1_000 && changed.count - (stamps.count - indexed.count) > indexed.count / 2 {
            try clear(database)
            changed = stamps
            result.rebuilt = true
        }
        if !changed.isEmpty { try database.execute(IndexSchema.pendingWordSetting) }
        let writer = try DocumentWriter(database)
        // A spread that cannot be read is left so: no date term is bounded until a rebuild.
        let stored = try storedSpread(database)
        let spreadReadable = stored != .unreadable
        var spread = stored.known
        let saveMeta = try database.prepare("INSERT OR REPLACE INTO meta VALUES(?1, ?2)")
        if !result.rebuilt && !gone.isEmpty {
            try database.transaction { () throws(SQLiteError) in
                for story in gone { try writer.remove(.integer(Int64(bitPattern: story))) }
            }
            result.removed = gone.count
        }

        var done = 0
        var unread = 0
        progress(0, changed.count)
        // The next batch is read from the story files while this one is written: SQLite
        // writes on one thread, and reading and splitting the stories keeps the others busy.
        let batches = stride(from: 0, to: changed.count, by: batchSize).map { Array(changed[$0..<min($0 + batchSize, changed.count)]) }
        var pending = batches.first.map { PreparedBatch(reading: $0, from: source) }
        for (number, batch) in batches.enumerated() {
            // FTS5 flushes its pending words to a new segment whenever a rowid is lower than
            // the one before, so a batch written out of docid order makes a segment per story.
            let documents = pending!.documents().sorted { $0.firstDocid < $1.firstDocid }
            pending = number + 1 < batches.count ? PreparedBatch(reading: batches[number + 1], from: source) : nil
            try database.transaction { () throws(SQLiteError) in
                let before = spread
                for document in documents {
                    let docid = try writer.write(document)
                    if spreadReadable, let day = document.day { spread = DaySpread(minute: document.minute, day: day, docid: docid).widening(spread) }
                }
                // In the batch's transaction: a date term must never be bounded by a spread
                // that leaves out stories already written.
                if let spread, spread != before { try saveMeta.run([.text(DaySpread.metaKey), .text(spread.text)]) }
            }
            result.indexed += documents.count
            unread += batch.count - documents.count
            done += batch.count
            progress(done, changed.count)
        }
        // Stories that could not be read are not in the index, so its fingerprint is that
        // of what it holds; the next update tries them again.
        let held = unread == 0 ? wanted : try fingerprintOfRows(database)
        try saveMeta.run([.text("fingerprint"), .text(held.text)])
        return result
    }

    private static func clear(_ database: Database) throws(SQLiteError) {
        try database.transaction { () throws(SQLiteError) in
            try database.execute("DROP TABLE IF EXISTS text; DROP TABLE IF EXISTS docs; DROP TABLE IF EXISTS dead; DROP TABLE IF EXISTS meta;")
            try database.execute(IndexSchema.create)
        }
        try database.execute("VACUUM")
    }

    /// The day spread recorded with the stories written so far.
    static func storedSpread(_ database: Database) throws(SQLiteError) -> DaySpread.Stored {
        guard let text = try metaValue(DaySpread.metaKey, in: database) else { return .none }
        return DaySpread(text: text).map { .known($0) } ?? .unreadable
    }

    private static func storedFingerprint(_ database: Database) throws(SQLiteError) -> IndexFingerprint? {
        try metaValue("fingerprint", in: database).flatMap(IndexFingerprint.init(text:))
    }

    /// What `meta` holds under `key`, nil when nothing.
    private static func metaValue(_ key: String, in database: Database) throws(SQLiteError) -> String? {
        let statement = try database.prepare("SELECT value FROM meta WHERE key = ?1")
        try statement.bind([.text(key)])
        defer { statement.reset() }
        return try statement.step() ? statement.text(0) : nil
    }

    private static func fingerprintOfRows(_ database: Database) throws(SQLiteError) -> IndexFingerprint {
        var fingerprint = IndexFingerprint()
        let rows = try database.prepare("SELECT story, stamp FROM docs")
        try rows.bind([])
        while try rows.step() {
            fingerprint.add(IndexStamp(id: StoryID(value: UInt64(bitPattern: rows.integer(0))), value: UInt64(bitPattern: rows.integer(1))))
        }
        return fingerprint
    }

    // MARK: Searching

    /// The stories matching `query`, best first (BM25, headline words weighing most) or
    /// newest first, at most `limit` of them. `marks` answers `is:` terms.
    ///
    /// A newest-first page takes two passes when the query has words, however common:
    /// the newest `limit` matches in docid (time) order, which stops once it has them,
    /// then the exact order among the matches from the oldest minute of those on.
    public func search(_ query: StoryQuery, order: SearchOrder, limit: Int? = nil, marks: @escaping @Sendable (StoryID) -> StoryState) throws(SQLiteError)
        -> [StoryID]
    {
        try withDatabase { database throws(SQLiteError) in
            // Halves that fail, or that another process's commit may have split between two
            // states of the index, give way to the one statement.
            let spread = try Self.storedSpread(database).known
            if order == .rank, let helper,
                let answer = try? HalvedRanking(query: query, limit: limit, spread: spread).run(on: database, and: helper, marks: marks)
            {
                return answer
            }
            let lookup = MarkLookup(database, marks: marks)
            defer { lookup.unregister() }
            var lowest: Int64?
            if order == .newest, let limit, limit > 0 {
                let first = IndexQuery(query, shape: .newestMinutes(limit: limit), spread: spread)
                if first.usesWords {
                    let minutes = try Self.integers(first, in: database)
                    // `limit` matches from the oldest of these minutes on: the page lies there.
                    // (Not the last one read: a crowded minute's docids can run into the next.)
                    // Fewer matches than a page: the second pass needs no bound.
                    if minutes.count == limit, let oldest = minutes.min() { lowest = DocumentWriter.lowestDocid(minute: oldest) }
                }
            }
            let compiled = IndexQuery(query, shape: .stories(order: order, limit: limit, docidAtLeast: lowest), spread: spread)
            return try Self.integers(compiled, in: database).map { StoryID(value: UInt64(bitPattern: $0)) }
        }
    }

    /// A reading connection to the index at `path`, checked to be of this schema.
    private static func openHelper(_ path: String) -> Database? {
        do throws(SQLiteError) {
            let opened = try Database(path: path, create: false)
            try opened.execute("PRAGMA temp_store=MEMORY; PRAGMA cache_size=-32768;")
            guard try metaValue("schema", in: opened) == IndexSchema.version else { return nil }
            try RankFunction.register(on: opened)
            return opened
        } catch {
            return nil
        }
    }

    private static func integers(_ query: IndexQuery, in database: Database) throws(SQLiteError) -> [Int64] {
        let statement = try database.prepare(query.sql)
        try statement.bind(query.values)
        var values: [Int64] = []
        while try statement.step() { values.append(statement.integer(0)) }
        return values
    }

    // MARK: Checking

    /// Problems with the index's own structure (SQLite's and FTS5's integrity checks);
    /// empty when it is sound.
    public func integrityProblems() -> [String] {
        (try? withDatabase { database throws(SQLiteError) -> [String] in
            var problems: [String] = []
            let check = try database.prepare("PRAGMA quick_check")
            try check.bind([])
            while try check.step() {
                if let line = check.text(0), line != "ok" { problems.append(line) }
            }
            do throws(SQLiteError) {
                try database.execute("INSERT INTO text(text, rank) VALUES('integrity-check', 0)")
            } catch {
                problems.append("the word index: \(error.message)")
            }
            return problems
        }) ?? ["the index cannot be read"]
    }

    /// The number of stories indexed.
    public func storyCount() throws(SQLiteError) -> Int {
        try withDatabase { database throws(SQLiteError) in
            let statement = try database.prepare("SELECT count(*) FROM docs")
            try statement.bind([])
            _ = try statement.step()
            return Int(statement.integer(0))
        }
    }

    // MARK: Opening

    private func withDatabase<Result>(_ body: (Database) throws(SQLiteError) -> Result) throws(SQLiteError) -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(database)
    }

    /// A result code of our own: the file is sound but from another schema version.
    private static let otherVersion: Int32 = -1

    private static func openExisting(_ path: String) throws(SQLiteError) -> Database {
        let database = try Database(path: path, create: true)
        try database.execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA temp_store=MEMORY; PRAGMA cache_size=-32768;")
        try RankFunction.register(on: database)
        let tables = try database.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'meta'")
        try tables.bind([])
        _ = try tables.step()
        if tables.integer(0) == 0 {
            try database.transaction { () throws(SQLiteError) in try database.execute(IndexSchema.create) }
            return database
        }
        guard try metaValue("schema", in: database) == IndexSchema.version else {
            throw SQLiteError(code: otherVersion, message: "another schema version")
        }
        return database
    }

    private static func makeFolders(for path: String) {
        var folder = ""
        for part in path.split(separator: "/").dropLast() {
            folder += "/" + part
            mkdir(folder, 0o700)
        }
    }
}
