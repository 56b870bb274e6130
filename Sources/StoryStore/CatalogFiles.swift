#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import StoryKit

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
        var records: [CatalogRecord] = []
        var rebuiltBecause: String?
        if let bytes = try? FileSystem.readFile(layout.catalogFile) {
            let decoded: (records: [CatalogRecord], clean: Bool)? = bytes.withUnsafeBytes { raw in
                guard raw.starts(with: CatalogCodec.magic) else { return nil }
                return CatalogCodec.decode(raw, from: CatalogCodec.magic.count)
            }
            if let decoded, decoded.clean {
                records = decoded.records
            } else {
                rebuiltBecause = "the catalog file is damaged"
            }
        } else if FileSystem.exists(layout.catalogFile) {
            rebuiltBecause = "the catalog file cannot be read"
        } else if !(FileSystem.list(layout.storiesFolder) ?? []).isEmpty {
            rebuiltBecause = "the catalog file is missing"
        }
        if rebuiltBecause != nil {
            records = StoryFiles(layout: layout).all().map(\.catalogRecord)
        }
        var catalog = Catalog(records: records)
        var cleanLength = 0
        var journalDamaged = false
        if rebuiltBecause == nil, let journal = try? FileSystem.readFile(layout.journalFile) {
            let (appended, clean, length) = Self.decodeJournal(journal, from: 0)
            for record in appended { catalog.upsert(record) }
            cleanLength = length
            journalDamaged = !clean
        } else if let size = FileSystem.fileSize(layout.journalFile) {
            cleanLength = size
        }
        return Loaded(catalog: catalog, journalCleanLength: cleanLength, rebuiltBecause: rebuiltBecause, journalDamaged: journalDamaged)
    }

    /// Records from `offset` on, whether the rest was clean, and where the clean part ends.
    static func decodeJournal(_ bytes: [UInt8], from offset: Int) -> ([CatalogRecord], Bool, Int) {
        bytes.withUnsafeBytes { raw in
            var records: [CatalogRecord] = []
            var position = offset
            while position < raw.count {
                let (one, clean) = CatalogCodec.decode(UnsafeRawBufferPointer(rebasing: raw[position...]), limit: 1)
                guard clean, let record = one.first else { return (records, false, position) }
                records.append(record)
                position += CatalogCodec.encodedLength(raw, at: position)
            }
            return (records, true, position)
        }
    }

    /// Writes the whole catalog atomically, newest first, then empties the journal.
    func writeBase(_ catalog: Catalog) throws(StoreError) {
        let sorted = catalog.records.sorted { $0.sortMinute > $1.sortMinute }
        try FileSystem.writeAtomically(layout.catalogFile, CatalogCodec.magic + CatalogCodec.encode(sorted), temporaryFolder: layout.temporaryFolder)
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

extension CatalogCodec {
    static func decode(_ bytes: UnsafeRawBufferPointer, limit: Int) -> ([CatalogRecord], Bool) {
        var reader = ByteReader(bytes)
        guard let length = reader.read(UInt32.self).map(Int.init), bytes.count >= 4 + length + 8 else { return ([], false) }
        let (records, clean) = decode(UnsafeRawBufferPointer(rebasing: bytes[0..<(4 + length + 8)]))
        return (records, clean && records.count == 1)
    }

    static func encodedLength(_ bytes: UnsafeRawBufferPointer, at offset: Int) -> Int {
        var reader = ByteReader(bytes, offset: offset)
        return 4 + Int(reader.read(UInt32.self) ?? 0) + 8
    }
}
