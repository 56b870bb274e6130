import StoryKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads and writes one machine's catalog file, its journal, and what it knows of the
/// story folders (`ShardStamps`).
///
/// Each machine keeps its own catalog under `local/MACHINE/`: it is derived from the
/// story files, and a file that several machines rewrite is one no file syncer can keep
/// right (the newer copy wins and the other machine's stories drop out of it).
struct CatalogFiles {
    let layout: StoreLayout

    var catalogFile: String { layout.catalogFile }
    var journalFile: String { layout.journalFile }
    var stampsFile: String { layout.shardStampsFile }
    var lookupFile: String { layout.catalogLookupFile }

    /// What loading found besides the records.
    struct Loaded {
        var catalog: Catalog
        /// The files the catalog was read from: this machine's, or format 1's shared ones.
        var baseFile: String
        var journalFile: String
        /// Bytes of the journal that hold whole, valid records.
        var journalCleanLength: Int
        /// Set when the catalog file was damaged, or missing with stories to list, and was
        /// rebuilt from the story files.
        var rebuiltBecause: String?
        /// The base on disk is not the catalog in memory (rebuilt, or carried over from format 1).
        var baseNeedsWriting: Bool
        /// The base file is there but cannot be used (damaged, or an earlier Byline's).
        var baseDamaged: Bool
        /// Set when the journal ends in a torn or damaged record (an interrupted import).
        var journalDamaged: Bool
        /// What the catalog knows of each story folder; nil when nothing is known.
        var stamps: ShardStamps?
        /// Set when the base was mapped but not walked (`catalog` is then empty): its
        /// lookup describes it, so it is walked only when something needs every record.
        var unwalked: UnwalkedCatalog?
        /// The base file's stamp, taken from the very file that was mapped; nil: take it from the path.
        var baseStamp: FileStamp?
    }

    /// Loads this machine's catalog without walking the base when its lookup describes
    /// it (`Loaded.unwalked`), else as `load(sharedCatalogAllowed:)` does.
    func loadUnwalked(sharedCatalogAllowed: Bool) -> Loaded {
        guard let file = MappedFile(path: catalogFile, populate: false), file.bytes.starts(with: CatalogCodec.magic),
            let lookup = CatalogLookup(path: lookupFile, describing: file.stamp)
        else { return load(sharedCatalogAllowed: sharedCatalogAllowed) }
        var journal = Catalog(readingEntriesOf: file)
        var cleanLength = 0
        var journalDamaged = false
        if let bytes = try? FileSystem.readFile(journalFile) {
            cleanLength = journal.append(recordBytes: bytes, verifyChecksums: true)
            journalDamaged = cleanLength != bytes.count
        }
        let unwalked = UnwalkedCatalog(path: catalogFile, base: file, journal: journal, lookup: lookup)
        return Loaded(
            catalog: Catalog(), baseFile: catalogFile, journalFile: journalFile, journalCleanLength: cleanLength, rebuiltBecause: nil,
            baseNeedsWriting: false, baseDamaged: false, journalDamaged: journalDamaged,
            stamps: ShardStamps.load(stampsFile), unwalked: unwalked, baseStamp: file.stamp)
    }

    /// Base file, then journal. A missing or damaged base is rebuilt in memory from
    /// the story files, so a reader always sees every stored story. With
    /// `sharedCatalogAllowed` (a store of format 1), a machine without a catalog of its
    /// own starts from the one catalog that format kept for every machine.
    func load(sharedCatalogAllowed: Bool) -> Loaded {
        if !FileSystem.exists(catalogFile) && sharedCatalogAllowed && FileSystem.exists(layout.sharedCatalogFile) {
            var loaded = load(base: layout.sharedCatalogFile, journal: layout.sharedJournalFile)
            loaded.baseNeedsWriting = true
            loaded.stamps = nil
            return loaded
        }
        var loaded = load(base: catalogFile, journal: journalFile)
        if loaded.rebuiltBecause == nil { loaded.stamps = ShardStamps.load(stampsFile) }
        return loaded
    }

    private func load(base: String, journal: String) -> Loaded {
        var catalog = Catalog()
        var problem: String?
        var mappedStamp: FileStamp?
        if let file = MappedFile(path: base) {
            mappedStamp = file.stamp
            if file.bytes.starts(with: CatalogCodec.magic) {
                let bodyLength = file.bytes.count - CatalogCodec.magic.count
                // The file is replaced atomically, so records are checked for structure here
                // and for checksums by `byline check`; only the journal can be torn.
                if catalog.map(file, recordsFrom: CatalogCodec.magic.count) != bodyLength {
                    problem = "the catalog file is damaged"
                }
            } else if file.bytes.starts(with: CatalogCodec.magicPrefix) {
                problem = "the catalog file was written by an earlier version of Byline"
            } else {
                problem = "the catalog file is damaged"
            }
        } else if FileSystem.exists(base) {
            problem = "the catalog file cannot be read"
        } else {
            problem = "this machine has no catalog of the store yet"
        }
        var stamps: ShardStamps?
        if problem != nil {
            // Stamped before the walk: a file arriving during it makes its folder differ.
            stamps = ShardStamps.current(layout)
            catalog = Self.rebuilt(layout)
        }
        var cleanLength = 0
        var journalDamaged = false
        if problem == nil, let bytes = try? FileSystem.readFile(journal) {
            cleanLength = catalog.append(recordBytes: bytes, verifyChecksums: true)
            journalDamaged = cleanLength != bytes.count
        } else if let size = FileSystem.fileSize(journal) {
            cleanLength = size
        }
        // A new store, or a new machine's first look at an empty one, has nothing to rebuild.
        let rebuiltBecause = problem == nil || (catalog.count == 0 && !FileSystem.exists(base)) ? nil : problem
        return Loaded(
            catalog: catalog, baseFile: base, journalFile: journal, journalCleanLength: cleanLength, rebuiltBecause: rebuiltBecause,
            baseNeedsWriting: problem != nil, baseDamaged: problem != nil && FileSystem.exists(base), journalDamaged: journalDamaged, stamps: stamps,
            baseStamp: mappedStamp)
    }

    /// Every story file's record, read on every core, with the times and version groups
    /// worked out again from all of them.
    static func rebuilt(_ layout: StoreLayout) -> Catalog {
        let files = StoryFiles(layout: layout)
        var catalog = Catalog()
        let paths = files.paths()
        for start in stride(from: 0, to: paths.count, by: 4096) {
            let slice = Array(paths[start..<min(start + 4096, paths.count)])
            let records = slice.concurrentMap { path in
                (try? FileSystem.readFile(path)).flatMap { try? StoredStoryCodec.decode($0) }.map(\.catalogRecord)
            }
            for case let record? in records { catalog.upsert(record) }
        }
        ListedTimes.applyAll(to: &catalog)
        VersionGroups.applyAll(to: &catalog, text: files.textFingerprint)
        return catalog
    }

    /// What the stamps file holds now.
    var savedStamps: ShardStamps? { ShardStamps.load(stampsFile) }

    /// Records what the catalog now knows of the story folders. Written after the
    /// catalog it describes, and never flushed: a lost or stale file only makes the next
    /// load look into more folders.
    func writeStamps(_ stamps: ShardStamps) throws(StoreError) {
        try FileSystem.createDirectory(layout.localFolder)
        try FileSystem.writeAtomically(stampsFile, stamps.encoded, temporaryFolder: layout.temporaryFolder, sync: false)
    }

    /// Writes the whole catalog atomically, newest first, then empties the journal, then
    /// writes the lookup of the new file. Under the lock only.
    ///
    /// The records go to the file as they are read from the catalog in memory, and the
    /// lookup is gathered on the way: with a million stories, building the file's bytes
    /// first took two more copies of the catalog (700 MB) at the end of every large import.
    ///
    /// Returns the file as written: the caller can read the records from it from then on
    /// (`Catalog.rebase`).
    @discardableResult
    func writeBase(_ catalog: Catalog) throws(StoreError) -> WrittenBase {
        try FileSystem.createDirectory(layout.localFolder)
        var lookup = CatalogLookup.Builder(expectedRecords: catalog.count)
        var offsets = [Int32](repeating: 0, count: catalog.count)
        var length = 0
        var released = 0
        var offsetsFit = true
        try FileSystem.writeAtomically(catalogFile, temporaryFolder: layout.temporaryFolder) { output throws(StoreError) in
            try output.write(CatalogCodec.magic)
            try catalog.forEachRecordNewestFirst { position, entry, record throws(StoreError) in
                lookup.add(entry, at: output.count)
                // A file past 2 GB cannot be read through entries' 32-bit offsets.
                if let offset = Int32(exactly: output.count) { offsets[position] = offset } else { offsetsFit = false }
                try output.write(record)
                // The records come from all over the file read before; its pages need not stay.
                if output.count - released > 32 << 20 {
                    catalog.releaseMappedPages()
                    released = output.count
                }
            }
            length = output.count
        }
        try truncateJournal(to: 0)
        let stamp = FileStamp(path: catalogFile)
        if let stamp { writeLookup(lookup.encoded(describing: stamp)) }
        return WrittenBase(recordOffsets: offsetsFit ? offsets : nil, length: length, stamp: stamp)
    }

    /// A catalog file as `writeBase` wrote it.
    struct WrittenBase {
        /// Where the record of each of the catalog's entries starts, by position; nil when
        /// the file is too long for them.
        let recordOffsets: [Int32]?
        let length: Int
        let stamp: FileStamp?

        /// The file mapped, if it is still the one written (under the lock, nothing else writes it).
        func mapped(at path: String) -> MappedFile? {
            guard let file = MappedFile(path: path, populate: false), file.stamp == stamp, file.bytes.count == length else { return nil }
            return file
        }
    }

    /// Writes the lookup of the catalog file as it is on disk, for a store whose file has
    /// none (written by an earlier Byline, or the lookup was lost). Returns false when the
    /// file's records are not in the list's order, so only writing it again gives it one.
    /// Under the lock only.
    func writeLookupOfBase() -> Bool {
        guard let file = MappedFile(path: catalogFile), file.bytes.starts(with: CatalogCodec.magic) else { return false }
        guard let lookup = CatalogLookup.derive(fromCatalogBytes: file.bytes, recordsFrom: CatalogCodec.magic.count, stamp: file.stamp) else { return false }
        writeLookup(lookup)
        return true
    }

    /// Whether the lookup names the catalog file as it is but does not hold what the file
    /// does (for `byline check`; a lookup of another file is only out of date, not wrong).
    func lookupDisagreesWithBase() -> Bool {
        guard let file = MappedFile(path: catalogFile), file.bytes.starts(with: CatalogCodec.magic),
            CatalogLookup(path: lookupFile, describing: file.stamp) != nil
        else { return false }
        let expected = CatalogLookup.derive(fromCatalogBytes: file.bytes, recordsFrom: CatalogCodec.magic.count, stamp: file.stamp)
        return expected != (try? FileSystem.readFile(lookupFile))
    }

    /// A lookup is derived data: one that cannot be written (a full disk) only means the
    /// next start walks the catalog, so the failure is not an error of the write it follows.
    private func writeLookup(_ bytes: [UInt8]?) {
        guard let bytes else {
            FileSystem.remove(lookupFile)
            return
        }
        try? FileSystem.writeAtomically(lookupFile, bytes, temporaryFolder: layout.temporaryFolder, sync: false)
    }

    func truncateJournal(to length: Int) throws(StoreError) {
        guard let size = FileSystem.fileSize(journalFile), size != length else { return }
        let descriptor = open(journalFile, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .system("open", journalFile) }
        defer { close(descriptor) }
        guard ftruncate(descriptor, off_t(length)) == 0, fsync(descriptor) == 0 else { throw .system("shorten", journalFile) }
    }

    /// Appends records and flushes them; returns the journal's new length.
    func append(_ records: [CatalogRecord], at length: Int) throws(StoreError) -> Int {
        let bytes = CatalogCodec.encode(records)
        let descriptor = open(journalFile, O_WRONLY | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .system("open", journalFile) }
        defer { close(descriptor) }
        var failure: Int32 = 0
        bytes.withUnsafeBytes { buffer in
            var done = 0
            while done < buffer.count {
                let wrote = pwrite(descriptor, buffer.baseAddress! + done, buffer.count - done, off_t(length + done))
                if wrote < 0 && errno == EINTR { continue }
                if wrote <= 0 { failure = wrote < 0 ? errno : ENOSPC; return }
                done += wrote
            }
        }
        if failure == 0 && fsync(descriptor) != 0 { failure = errno }
        if failure != 0 {
            // Leave the journal as it was, so no half record follows the good ones.
            _ = ftruncate(descriptor, off_t(length))
            throw .system("write", journalFile, failure)
        }
        return length + bytes.count
    }
}
