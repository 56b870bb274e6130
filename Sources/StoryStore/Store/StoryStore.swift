import StoryKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The file-based story store: the one door to everything Byline keeps on disk.
///
/// Readers load this machine's catalog (one file plus a journal), take in the story
/// files a file syncer brought since (`StoryFolderChanges`), and open story files on
/// demand; they never wait for the lock, so the reader keeps working while an import
/// runs. Writers take the advisory lock for each batch of changes, pick up what other
/// writers appended, and make every change durable before reporting it.
public final class StoryStore {
    public let layout: StoreLayout
    /// Names this machine's state log.
    public let machine: String
    /// What reads pages for import, re-parse and repair.
    public let parser: PageParser
    /// Every story's record. A store opened with a lookup for its catalog file walks the
    /// file only here, the first time something asks: a short listing (`listing`) never does.
    public private(set) var catalog: Catalog {
        get {
            walkIfUnwalked()
            return walkedCatalog
        }
        _modify {
            walkIfUnwalked()
            yield &walkedCatalog
        }
        set {
            unwalked = nil
            walkedCatalog = newValue
        }
    }
    private var walkedCatalog: Catalog
    /// The catalog as loaded, before the walk; nil once walked, or when it was loaded walked.
    private var unwalked: UnwalkedCatalog?
    /// The catalog file has no lookup that describes it: the next holder of the lock writes one.
    private var lookupNeedsWriting = false
    /// What loading had to fix in memory (a missing or damaged catalog, a torn journal).
    public private(set) var loadNotes: [String] = []

    var journalLength: Int
    /// The catalog in memory was rebuilt from the story files (or carried over from
    /// format 1), so the file on disk is not what it should be; the next writer writes it.
    private var baseNeedsWriting = false
    /// The base on disk is damaged: only a writer that says so (an import, `check --repair`)
    /// writes it again, so `check` can still report it.
    private var baseDamaged = false
    private var baseStamp: FileStamp?
    /// The journal's length from which a long import writes the catalog between batches
    /// (`compactIfJournalOutgrewBase`); tests make it small.
    var journalWorthCompactingMidImport = 16 << 20
    /// The files the catalog was loaded from (format 1's shared ones until the first writer moves it).
    private var loadedBase: String
    private var loadedJournal: String
    /// The store's format version on disk.
    private var formatVersion = StoreFormat.current
    /// What the catalog in memory knows of each story folder; nil when nothing is known.
    private var stamps: ShardStamps?
    /// Records of story files found in the folders that the journal does not hold yet:
    /// found without the lock, they are written by the next holder of it.
    private var unsavedRecords: [CatalogRecord] = []
    private var lock: StoreLock?
    private var cachedLinks: LinkIndex?
    /// The keys every record's batch work looks up, kept in step across the batches of one
    /// long import (see `batchIndexes(after:revisionBefore:)`).
    private var batchIndexes: BatchIndexes?
    /// Records the passes over the whole catalog made since the band index was last
    /// dropped: once they add up to a few catalogs' worth, building the index pays.
    private var recordsPassedOver = 0

    private init(layout: StoreLayout, machine: String, parser: PageParser) {
        self.layout = layout
        self.machine = machine
        self.parser = parser
        walkedCatalog = Catalog()
        journalLength = 0
        loadedBase = layout.catalogFile
        loadedJournal = layout.journalFile
    }

    /// This machine's catalog file and journal.
    public var catalogFile: String { layout.catalogFile }
    public var journalFile: String { layout.journalFile }
    var catalogFiles: CatalogFiles { CatalogFiles(layout: layout) }

    /// Opens the store at `root`. With `create`, a missing store is created; either way a
    /// store written by a newer format is refused before anything is touched. `parser`
    /// reads the pages that are imported, re-parsed or rebuilt.
    public static func open(
        at root: String, machine: String, create: Bool = false, parser: PageParser = .wire
    ) throws(StoreError) -> StoryStore {
        let store = StoryStore(layout: StoreLayout(root: root, machine: machine), machine: machine, parser: parser)
        store.formatVersion = try StoreFormat.prepare(store.layout, create: create)
        store.reload()
        store.saveFindingsIfUnlocked()
        return store
    }

    /// Reads the catalog again from disk (for the live reader after another process
    /// imported) and takes in what the story folders hold that it does not.
    public func reload() {
        let loaded = catalogFiles.loadUnwalked(sharedCatalogAllowed: formatVersion < 2)
        walkedCatalog = loaded.catalog
        unwalked = loaded.unwalked
        journalLength = loaded.journalCleanLength
        loadedBase = loaded.baseFile
        loadedJournal = loaded.journalFile
        baseStamp = loaded.baseStamp ?? FileStamp(path: loaded.baseFile)
        // Loaded walked from this machine's own, sound catalog file: it had no lookup that
        // describes it (`loadUnwalked` looked).
        lookupNeedsWriting =
            loaded.unwalked == nil && loaded.rebuiltBecause == nil && !loaded.baseNeedsWriting && loaded.baseFile == catalogFile
            && loaded.baseStamp != nil
        stamps = loaded.stamps
        unsavedRecords = []
        cachedLinks = nil
        loadNotes = []
        baseNeedsWriting = loaded.baseNeedsWriting
        baseDamaged = loaded.baseDamaged
        if let reason = loaded.rebuiltBecause {
            // A machine new to the store writes its catalog at once; damage waits for a writer that says so.
            let after = loaded.baseDamaged ? " (the next import or `byline check --repair` writes it back)" : ""
            loadNotes.append("\(reason); it was rebuilt from the story files\(after)")
        }
        if loaded.journalDamaged {
            loadNotes.append("the catalog journal ends in an incomplete record (an interrupted import); the next import or `byline check --repair` tidies it")
        }
        takeInStoryFolderChanges()
    }

    /// The stories newest first without walking the catalog file, for a short list; nil
    /// when the catalog was walked (it has no lookup, or something needed every record).
    public var listing: CatalogListing? { unwalked?.listing }

    /// Resolves a full id or a unique prefix of at least four hex digits, without the walk
    /// when the catalog is not walked yet.
    public func resolve(_ text: String) -> Result<StoryID, StoreError> {
        unwalked?.listing.resolve(text) ?? catalog.resolve(text)
    }

    /// The stored story's headline, without the walk when the catalog is not walked yet.
    public func headline(of id: StoryID) -> String? {
        if let listing = unwalked?.listing { return listing.entry(id).map(listing.fields.headline) }
        return catalog.entry(id).map(catalog.headline)
    }

    /// Walks the catalog file the first time something needs every record. A file that
    /// turns out not to hold together is handled as loading handles a damaged one.
    private func walkIfUnwalked() {
        guard let pending = unwalked else { return }
        unwalked = nil
        if let walked = pending.walked() {
            walkedCatalog = walked
            return
        }
        stamps = ShardStamps.current(layout)
        walkedCatalog = CatalogFiles.rebuilt(layout)
        journalLength = FileSystem.fileSize(loadedJournal) ?? 0
        baseNeedsWriting = true
        baseDamaged = true
        lookupNeedsWriting = false
        let note = "the catalog file is damaged; it was rebuilt from the story files (the next import or `byline check --repair` writes it back)"
        loadNotes.append(note)
        onLateNote?(note)
    }

    /// Told of what the store finds after opening (a catalog file found damaged by the walk
    /// that a short listing put off), for a command to report as it reports `loadNotes`.
    public var onLateNote: ((String) -> Void)?

    /// Whether another process changed the catalog, or a story folder changed, since it was loaded.
    public var catalogChangedOnDisk: Bool {
        FileStamp(path: loadedBase) != baseStamp || (FileSystem.fileSize(loadedJournal) ?? 0) != journalLength
            || ShardStamps.current(layout) != stamps
    }

    /// Brings the catalog in memory up to the story folders whose stamp differs from what
    /// it knows: stories a syncer brought or replaced are added, stories whose file went are
    /// dropped. The records are kept for the next holder of the lock to write.
    func takeInStoryFolderChanges(now: ShardStamps? = nil) {
        let now = now ?? ShardStamps.current(layout)
        let differing = stamps.map { $0.shardsDiffering(from: now) } ?? now.stamps.keys.sorted()
        // Nothing changed: the catalog is not even walked.
        guard !differing.isEmpty else {
            stamps = now
            return
        }
        let known = stamps
        let changes = StoryFolderChanges.find(shards: differing, in: catalog, layout: layout) { known?[$0] }
        stamps = now
        guard !changes.isEmpty else { return }
        cachedLinks = nil
        if !changes.removed.isEmpty {
            let leftGroups = Set(changes.removed.compactMap { catalog.entry($0)?.versionGroup }.filter { $0 != 0 })
            for id in changes.removed { catalog.remove(id) }
            for record in VersionGroups.normalised(in: catalog, keys: leftGroups) { catalog.upsert(record) }
            // The journal only adds records: a story that went needs the base written again.
            baseNeedsWriting = true
        }
        unsavedRecords += apply(changes.records, fingerprints: changes.fingerprints)
    }

    /// Whether the catalog in memory holds what the files on disk do not.
    var hasUnsavedFindings: Bool {
        !unsavedRecords.isEmpty || baseNeedsWriting || lookupNeedsWriting || stamps != catalogFiles.savedStamps
    }

    /// Writes what loading found, if no writer holds the lock (a reader never waits for it),
    /// so the next start does not look into the same folders again.
    func saveFindingsIfUnlocked() {
        guard hasUnsavedFindings else { return }
        if lock == nil { lock = try? StoreLock(path: layout.lockFile) }
        _ = try? lock?.withLockIfFree { () throws(StoreError) in
            // Another writer may have written since this catalog was loaded: then it is
            // loaded again, and what it lacks is found again, under the lock.
            if FileStamp(path: loadedBase) != baseStamp || (FileSystem.fileSize(loadedJournal) ?? 0) != journalLength { reload() }
            try saveFindings()
        }
    }

    /// Under the lock: the base when it must be written whole, else the found records in
    /// the journal; then the stamps they go with.
    private func saveFindings(saved: ShardStamps?? = nil) throws(StoreError) {
        if baseNeedsWriting {
            guard !baseDamaged else { return }
            try writeCatalog()
        } else if !unsavedRecords.isEmpty {
            journalLength = try catalogFiles.append(unsavedRecords, at: journalLength)
            unsavedRecords = []
        }
        if lookupNeedsWriting {
            // A file in no set order (an earlier Byline's) is written again, lookup and all.
            if !catalogFiles.writeLookupOfBase() { try writeCatalog() }
            lookupNeedsWriting = false
        }
        if stamps != (saved ?? catalogFiles.savedStamps) { saveStamps() }
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
        ReadingState.load(layout)
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
            try migrateIfNeeded()
            try Recovery(store: self).finishInterruptedWork()
            return try body()
        }
    }

    /// Picks up records other writers appended (or a catalog they rewrote), cuts a torn
    /// journal tail, and takes in and writes what the story folders hold that the catalog
    /// does not.
    private func catchUp() throws(StoreError) {
        if FileStamp(path: loadedBase) != baseStamp || loadedBase != catalogFile {
            reload()
        }
        // A writer needs every record; and a walk that finds the file damaged resets what
        // the journal's length is taken to be, so it goes before the length is read.
        walkIfUnwalked()
        let size = FileSystem.fileSize(loadedJournal) ?? 0
        if size < journalLength {
            reload()
        } else if size > journalLength {
            let bytes = try FileSystem.readFile(loadedJournal)
            cachedLinks = nil
            journalLength += catalog.append(recordBytes: bytes[journalLength...], verifyChecksums: true)
        }
        if loadedBase == catalogFile { try catalogFiles.truncateJournal(to: journalLength) }
        // Folders other writers on this machine changed are accounted for by the journal
        // just read: their stamps are taken from the file those writers keep.
        // The folders and the stamps file are read once for the whole catch-up.
        let saved = catalogFiles.savedStamps
        let now = ShardStamps.current(layout)
        if let saved {
            var merged = stamps ?? ShardStamps()
            for (shard, stamp) in saved.stamps where now[shard] == stamp { merged[shard] = stamp }
            stamps = merged
        }
        takeInStoryFolderChanges(now: now)
        try saveFindings(saved: .some(saved))
    }

    /// Moves an older store to the current format before anything is written. From
    /// format 1, this machine's catalog is written (catching up did that), then the format
    /// file, then format 1's shared catalog goes; interrupted anywhere, the next writer
    /// does the rest. From format 2 only the format file changes: story files written
    /// from now on are compressed, which an older Byline cannot read, so it must refuse
    /// the store before this one writes the first of them.
    private func migrateIfNeeded() throws(StoreError) {
        guard formatVersion < StoreFormat.current else { return }
        let hadSharedCatalog = formatVersion < 2
        if hadSharedCatalog && loadedBase != catalogFile { try writeCatalog() }
        try StoreFormat.write(layout)
        formatVersion = StoreFormat.current
        guard hadSharedCatalog else { return }
        FileSystem.remove(layout.sharedCatalogFile)
        FileSystem.remove(layout.sharedJournalFile)
        loadedBase = catalogFile
        loadedJournal = journalFile
        baseStamp = FileStamp(path: catalogFile)
    }

    /// Appends records to the journal and the in-memory catalog, with the records of
    /// older stories whose time the new ones' latest-news lists tell (`ListedTimes`) and
    /// of the stories the new ones are versions of (`VersionGroups`). `fingerprints` holds
    /// the text fingerprints already made of the records' stories; others are read back.
    func commit(_ records: [CatalogRecord], fingerprints: [StoryID: TextFingerprint] = [:]) throws(StoreError) {
        guard !records.isEmpty else { return }
        let changed = unsavedRecords + apply(records, fingerprints: fingerprints)
        do {
            journalLength = try catalogFiles.append(changed, at: journalLength)
            unsavedRecords = []
        } catch {
            // Nothing reached the journal: the catalog in memory goes back to what is on disk.
            reload()
            throw error
        }
        saveStamps()
    }

    /// Writes what the catalog knows of the story folders. A failure (a full disk) costs
    /// only time: the next start looks into the folders the file no longer describes.
    func saveStamps() {
        if let stamps { try? catalogFiles.writeStamps(stamps) }
    }

    /// Puts `records` into the catalog in memory, with the records of the other stories
    /// whose time or version group they change; returns every record that changed.
    private func apply(_ records: [CatalogRecord], fingerprints: [StoryID: TextFingerprint]) -> [CatalogRecord] {
        guard !records.isEmpty else { return [] }
        cachedLinks = nil
        let leftGroups = Set(records.compactMap { catalog.entry($0.id)?.versionGroup }.filter { $0 != 0 })
        let revisionBefore = catalog.revision
        for record in records { catalog.upsert(record) }
        let indexes = batchIndexes(after: records, revisionBefore: revisionBefore)
        let retimed = ListedTimes.updates(in: catalog, changed: records.map(\.id), keys: indexes?.listings)
        for record in retimed { catalog.upsert(record) }
        let files = StoryFiles(layout: layout)
        let regrouped = VersionGroups.updates(in: catalog, changed: records.map(\.id), bands: indexes?.bands) {
            fingerprints[$0] ?? files.textFingerprint($0)
        }
        for record in regrouped { catalog.upsert(record) }
        let tidied = VersionGroups.normalised(in: catalog, keys: leftGroups)
        for record in tidied { catalog.upsert(record) }
        // What changed since the indexes were brought up to date are times and groups, not keys.
        batchIndexes?.revision = catalog.revision
        return records + retimed + regrouped + tidied
    }

    /// The batch indexes once `records` were just put in the catalog (which was at
    /// `revisionBefore`); nil while passes over every record are still the cheaper way.
    ///
    /// An import of a million pages into an empty store would otherwise pass over half a
    /// million records for each of its thousand batches; a single page brought in by the
    /// inbox makes its passes and builds nothing. The indexes are dropped when the catalog
    /// changed otherwise (another process's records, a reload, a removal), and built
    /// again once passes have cost a few catalogs' worth once more.
    /// Drops the batch indexes and what counted towards them (at the end of an import).
    func forgetBatchIndexes() {
        batchIndexes = nil
        recordsPassedOver = 0
    }

    private func batchIndexes(after records: [CatalogRecord], revisionBefore: UInt64) -> BatchIndexes? {
        if batchIndexes != nil, batchIndexes?.revision == revisionBefore {
            batchIndexes?.add(records.compactMap { catalog.position(of: $0.id).map(Int32.init) }, of: catalog)
            return batchIndexes
        }
        if batchIndexes != nil { forgetBatchIndexes() }
        recordsPassedOver += catalog.count
        // Building costs tens of passes, and memory (about 200 MB with a million stories).
        guard recordsPassedOver > 32 * catalog.count else { return nil }
        batchIndexes = BatchIndexes(catalog: catalog)
        return batchIndexes
    }

    /// Notes that this process changed the files of these shard folders (and the catalog
    /// holds the change), so they are not looked into again.
    func noteOwnChanges(inShardsOf ids: some Sequence<StoryID>) {
        for shard in Set(ids.map { String($0.description.prefix(2)) }) { noteOwnChanges(inShard: shard) }
    }

    func noteOwnChanges(inShard shard: String) {
        stamps?[shard] = ShardStamps.current(layout, shard: shard)
    }

    /// Whether a shard folder is as the catalog in memory knows it.
    func isCurrent(shard: String) -> Bool {
        stamps != nil && stamps?[shard] == ShardStamps.current(layout, shard: shard)
    }

    /// Rewrites the catalog file from memory and empties the journal.
    func writeCatalog() throws(StoreError) {
        let written = try catalogFiles.writeBase(catalog)
        if let offsets = written.recordOffsets, let file = written.mapped(at: catalogFile) { catalog.rebase(onto: file, recordOffsets: offsets) }
        lookupNeedsWriting = false
        journalLength = 0
        baseNeedsWriting = false
        baseDamaged = false
        unsavedRecords = []
        loadedBase = catalogFile
        loadedJournal = journalFile
        baseStamp = FileStamp(path: catalogFile)
        saveStamps()
    }

    /// Takes what the story folders are now as what the catalog in memory knows (after
    /// `check --repair` built it from every file, stamped before it began).
    func setStamps(_ stamps: ShardStamps) {
        self.stamps = stamps
    }

    /// Compacts when the journal has grown large next to the catalog, and writes the
    /// catalog back when it had to be rebuilt from the story files on loading (missing,
    /// damaged, or written by an earlier Byline), so only the first run after that pays
    /// for reading every story file.
    func compactIfWorthIt() throws(StoreError) {
        let base = FileSystem.fileSize(catalogFile) ?? 0
        if baseNeedsWriting || (journalLength > 1 << 20 && journalLength > base / 4) {
            try writeCatalog()
        }
    }

    /// Writes the catalog in the middle of a long import once the journal holds more than
    /// the catalog file (and at least 16 MB): the records then move out of memory into the
    /// file (`writeCatalog`), so what an import of a million pages keeps in memory is the
    /// records since the last such write, not all of them. The file doubles between writes,
    /// so all of them together write about twice the last one. It only saves memory: a
    /// failure (a full disk) leaves the journal as the record, and the import goes on.
    func compactIfJournalOutgrewBase() {
        guard journalLength > max(journalWorthCompactingMidImport, FileSystem.fileSize(catalogFile) ?? 0) else { return }
        try? writeCatalog()
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
