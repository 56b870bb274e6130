import StoryKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The file-based story store: the one door to everything Byline keeps on disk.
///
/// Readers load the catalog (one file plus a journal) and open story files on
/// demand; they take no lock, so the reader keeps working while an import runs.
/// Writers take the advisory lock for each batch of changes, pick up what other
/// writers appended, and make every change durable before reporting it.
public final class StoryStore {
    public let layout: StoreLayout
    /// Names this machine's state log.
    public let machine: String
    /// What reads pages for import, re-parse and repair.
    public let parser: PageParser
    public private(set) var catalog: Catalog
    /// What loading had to fix in memory (a missing or damaged catalog, a torn journal).
    public private(set) var loadNotes: [String] = []

    var journalLength: Int
    /// The catalog in memory was rebuilt from the story files, so the file on disk is
    /// not what it should be; the next writer writes it.
    private var baseNeedsWriting = false
    private var baseStamp: FileStamp?
    private var lock: StoreLock?
    private var cachedLinks: LinkIndex?

    private init(layout: StoreLayout, machine: String, parser: PageParser) {
        self.layout = layout
        self.machine = machine
        self.parser = parser
        catalog = Catalog()
        journalLength = 0
    }

    /// Opens the store at `root`. With `create`, a missing store is created; either way a
    /// store written by a newer format is refused before anything is touched. `parser`
    /// reads the pages that are imported, re-parsed or rebuilt.
    public static func open(
        at root: String, machine: String, create: Bool = false, parser: PageParser = .wire
    ) throws(StoreError) -> StoryStore {
        let store = StoryStore(layout: StoreLayout(root: root), machine: machine, parser: parser)
        try StoreFormat.prepare(store.layout, create: create)
        store.reload()
        return store
    }

    /// Reads the catalog again from disk (for the live reader after another process imported).
    public func reload() {
        let loaded = CatalogFiles(layout: layout).load()
        catalog = loaded.catalog
        journalLength = loaded.journalCleanLength
        baseStamp = FileStamp(path: layout.catalogFile)
        cachedLinks = nil
        loadNotes = []
        baseNeedsWriting = loaded.rebuiltBecause != nil
        if let reason = loaded.rebuiltBecause {
            loadNotes.append("\(reason); it was rebuilt from the story files (the next import or `byline check --repair` writes it back)")
        }
        if loaded.journalDamaged {
            loadNotes.append("the catalog journal ends in an incomplete record (an interrupted import); the next import or `byline check --repair` tidies it")
        }
    }

    /// Whether another process changed the catalog since it was loaded.
    public var catalogChangedOnDisk: Bool {
        FileStamp(path: layout.catalogFile) != baseStamp || (FileSystem.fileSize(layout.journalFile) ?? 0) != journalLength
    }

    // MARK: Reading

    public func story(_ id: StoryID) throws(StoreError) -> StoredStory {
        try StoryFiles(layout: layout).read(id)
    }

    public var links: LinkIndex {
        if let cachedLinks { return cachedLinks }
        let links = LinkIndex(catalog: catalog)
        cachedLinks = links
        return links
    }

    public func readingState() -> ReadingState {
        ReadingState.load(folder: layout.stateFolder)
    }

    // MARK: Writing

    /// Records read/star/position changes in this machine's log.
    public func record(_ changes: [StateChange], at time: Int64 = StoryStore.nowMilliseconds()) throws(StoreError) {
        let events = changes.map { StateEvent(time: time, change: $0) }
        try FileSystem.createDirectory(layout.stateFolder)
        try StateLogWriter.append(events, to: layout.stateLog(machine: machine))
    }

    /// Runs `body` holding the writers' lock, after catching up with other writers and
    /// finishing any batch a crashed writer left half moved into place.
    func withWriteLock<T>(_ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        if lock == nil { lock = try StoreLock(path: layout.lockFile) }
        return try lock!.withLock { () throws(StoreError) -> T in
            try catchUp()
            try Recovery(store: self).finishInterruptedWork()
            return try body()
        }
    }

    /// Picks up records other writers appended (or a catalog they rewrote), and cuts a torn journal tail.
    private func catchUp() throws(StoreError) {
        if FileStamp(path: layout.catalogFile) != baseStamp {
            reload()
        }
        let size = FileSystem.fileSize(layout.journalFile) ?? 0
        if size < journalLength {
            reload()
        } else if size > journalLength {
            let bytes = try FileSystem.readFile(layout.journalFile)
            cachedLinks = nil
            journalLength += catalog.append(recordBytes: bytes[journalLength...], verifyChecksums: true)
        }
        try CatalogFiles(layout: layout).truncateJournal(to: journalLength)
    }

    /// Appends records to the journal and the in-memory catalog, with the records of
    /// older stories whose time the new ones' latest-news lists tell (`ListedTimes`) and
    /// of the stories the new ones are versions of (`VersionGroups`). `fingerprints` holds
    /// the text fingerprints already made of the records' stories; others are read back.
    func commit(_ records: [CatalogRecord], fingerprints: [StoryID: TextFingerprint] = [:]) throws(StoreError) {
        guard !records.isEmpty else { return }
        cachedLinks = nil
        let leftGroups = Set(records.compactMap { catalog.entry($0.id)?.versionGroup }.filter { $0 != 0 })
        for record in records { catalog.upsert(record) }
        let retimed = ListedTimes.updates(in: catalog, changed: records.map(\.id))
        for record in retimed { catalog.upsert(record) }
        let files = StoryFiles(layout: layout)
        let regrouped = VersionGroups.updates(in: catalog, changed: records.map(\.id)) { fingerprints[$0] ?? files.textFingerprint($0) }
        for record in regrouped { catalog.upsert(record) }
        let tidied = VersionGroups.normalised(in: catalog, keys: leftGroups)
        for record in tidied { catalog.upsert(record) }
        do {
            journalLength = try CatalogFiles(layout: layout).append(records + retimed + regrouped + tidied, at: journalLength)
        } catch {
            // Nothing reached the journal: the catalog in memory goes back to what is on disk.
            reload()
            throw error
        }
    }

    /// Rewrites the catalog file from memory and empties the journal.
    func writeCatalog() throws(StoreError) {
        try CatalogFiles(layout: layout).writeBase(catalog)
        journalLength = 0
        baseStamp = FileStamp(path: layout.catalogFile)
    }

    /// Compacts when the journal has grown large next to the catalog, and writes the
    /// catalog back when it had to be rebuilt from the story files on loading (missing,
    /// damaged, or written by an earlier Byline), so only the first run after that pays
    /// for reading every story file.
    func compactIfWorthIt() throws(StoreError) {
        let base = FileSystem.fileSize(layout.catalogFile) ?? 0
        if baseNeedsWriting || (journalLength > 1 << 20 && journalLength > base / 4) {
            try writeCatalog()
            baseNeedsWriting = false
        }
    }

    func replaceCatalog(_ newCatalog: Catalog) {
        catalog = newCatalog
        cachedLinks = nil
    }

    public static func nowMilliseconds() -> Int64 {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return Int64(now.tv_sec) * 1000 + Int64(now.tv_nsec) / 1_000_000
    }
}
