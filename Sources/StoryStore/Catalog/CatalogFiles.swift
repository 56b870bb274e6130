import StoryKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads and writes the catalog file and its journal.
struct CatalogFiles {
    let layout: StoreLayout

    /// What loading found besides the records.
    struct Loaded {
        var catalog: Catalog
        /// Bytes of the journal that hold whole, valid records.
        var journalCleanLength: Int
        /// Set when the catalog file was missing or damaged and was rebuilt from the story files.
        var rebuiltBecause: String?
        /// Set when the journal ends in a torn or damaged record (an interrupted import).
        var journalDamaged: Bool
    }

    /// Base file, then journal. A missing or damaged base is rebuilt in memory from
    /// the story files, so a reader always sees every stored story.
    func load() -> Loaded {
        var catalog = Catalog()
        var rebuiltBecause: String?
        if let file = MappedFile(path: layout.catalogFile) {
            if file.bytes.starts(with: CatalogCodec.magic) {
                let bodyLength = file.bytes.count - CatalogCodec.magic.count
                // The file is replaced atomically, so records are checked for structure here
                // and for checksums by `byline check`; only the journal can be torn.
                if catalog.map(file, recordsFrom: CatalogCodec.magic.count) != bodyLength {
                    rebuiltBecause = "the catalog file is damaged"
                }
            } else if file.bytes.starts(with: CatalogCodec.magicPrefix) {
                rebuiltBecause = "the catalog file was written by an earlier version of Byline"
            } else {
                rebuiltBecause = "the catalog file is damaged"
            }
        } else if FileSystem.exists(layout.catalogFile) {
            rebuiltBecause = "the catalog file cannot be read"
        } else {
            rebuiltBecause = "the catalog file is missing"
        }
        if rebuiltBecause != nil {
            catalog = Catalog(records: StoryFiles(layout: layout).all().map(\.catalogRecord))
            ListedTimes.applyAll(to: &catalog)
            VersionGroups.applyAll(to: &catalog, text: StoryFiles(layout: layout).textFingerprint)
        }
        var cleanLength = 0
        var journalDamaged = false
        if rebuiltBecause == nil, let journal = try? FileSystem.readFile(layout.journalFile) {
            cleanLength = catalog.append(recordBytes: journal, verifyChecksums: true)
            journalDamaged = cleanLength != journal.count
        } else if let size = FileSystem.fileSize(layout.journalFile) {
            cleanLength = size
        }
        return Loaded(catalog: catalog, journalCleanLength: cleanLength, rebuiltBecause: rebuiltBecause, journalDamaged: journalDamaged)
    }

    /// Writes the whole catalog atomically, newest first, then empties the journal.
    func writeBase(_ catalog: Catalog) throws(StoreError) {
        try FileSystem.writeAtomically(layout.catalogFile, CatalogCodec.magic + catalog.encodedNewestFirst(), temporaryFolder: layout.temporaryFolder)
        try truncateJournal(to: 0)
    }

    func truncateJournal(to length: Int) throws(StoreError) {
        guard let size = FileSystem.fileSize(layout.journalFile), size != length else { return }
        let descriptor = open(layout.journalFile, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .system("open", layout.journalFile) }
        defer { close(descriptor) }
        guard ftruncate(descriptor, off_t(length)) == 0, fsync(descriptor) == 0 else { throw .system("shorten", layout.journalFile) }
    }

    /// Appends records and flushes them; returns the journal's new length.
    func append(_ records: [CatalogRecord], at length: Int) throws(StoreError) -> Int {
        let bytes = CatalogCodec.encode(records)
        let descriptor = open(layout.journalFile, O_WRONLY | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .system("open", layout.journalFile) }
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
            throw .system("write", layout.journalFile, failure)
        }
        return length + bytes.count
    }
}
