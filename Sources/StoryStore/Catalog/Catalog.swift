import StoryKit

/// Every story's catalog record, in memory: what start-up reads in one pass.
///
/// The catalog file is mapped into memory, not copied, and only the records'
/// fixed fields are decoded up front; headlines and links are read from the
/// bytes when asked for. Start-up is one walk over the file, and the memory is
/// the file's pages (shared with the page cache) plus a small entry per story.
/// Records added later (the journal, imports) live in `storage`.
public struct Catalog: Sendable {
    private var mapped: MappedFile?
    private(set) var storage: [UInt8] = []
    public private(set) var entries: [CatalogEntry] = []
    private var positions = StoryPositions()
    /// Changes at every record added, replaced or removed, from a start of its own for each
    /// catalog made: what an index kept beside the catalog (`BandOwners`) checks it is current by.
    private(set) var revision = UInt64.random(in: 0...(UInt64.max / 2))

    public init() {}

    /// What a catalog file of this Byline starts with: for tools that write one (the fuzzer).
    public static let fileMagic = CatalogCodec.magic

    /// A catalog of only the records added to it, which also reads the fields of entries
    /// taken from `base` (the mapped catalog file) without walking it: `CatalogListing`'s.
    init(readingEntriesOf base: MappedFile) {
        mapped = base
    }

    public init(records: some Sequence<CatalogRecord>) {
        for record in records { upsert(record) }
    }

    public var count: Int { entries.count }

    public func contains(_ id: StoryID) -> Bool { positions[id] != nil }

    public func entry(_ id: StoryID) -> CatalogEntry? {
        positions[id].map { entries[Int($0)] }
    }

    /// Where each story sits in `entries`: a table a reader listing the entries in this
    /// order can take over instead of building its own.
    public var entryPositions: StoryPositions { positions }

    /// Where `id` sits in `entries`.
    func position(of id: StoryID) -> Int? {
        positions[id].map(Int.init)
    }

    public subscript(id: StoryID) -> CatalogRecord? {
        entry(id).map(record)
    }

    /// Every record, decoded: for whole-store tools (check, reparse), not for hot paths.
    public var records: [CatalogRecord] { entries.map(record) }

    // MARK: Fields

    public func headline(_ entry: CatalogEntry) -> String {
        string(of: entry, at: entry.headlineStart, length: Int(entry.headlineLength))
    }

    public func agency(_ entry: CatalogEntry) -> String {
        string(of: entry, at: entry.agencyStart, length: Int(entry.agencyLength))
    }

    public func place(_ entry: CatalogEntry) -> String {
        string(of: entry, at: entry.placeStart, length: Int(entry.placeLength))
    }

    public func url(_ entry: CatalogEntry) -> String {
        string(of: entry, at: entry.urlStart, length: Int(entry.urlLength))
    }

    public func site(_ entry: CatalogEntry) -> String {
        string(of: entry, at: entry.siteStart, length: Int(entry.siteLength))
    }

    /// The headline's UTF-8 bytes, for searching without building strings.
    public func withHeadlineBytes<T>(_ entry: CatalogEntry, _ body: (UnsafeRawBufferPointer) -> T) -> T {
        withRegion(of: entry) { body(UnsafeRawBufferPointer(rebasing: $0[entry.headlineStart..<(entry.headlineStart + Int(entry.headlineLength))])) }
    }

    /// The bytes that hold `entry`'s record: the mapped file or the added records.
    private func withRegion<T, Failure: Error>(of entry: CatalogEntry, _ body: (UnsafeRawBufferPointer) throws(Failure) -> T) throws(Failure) -> T {
        if entry.inMappedFile, let mapped { return try body(mapped.bytes) }
        // The array's own call does not carry a typed error through.
        return try storage.withUnsafeBytes { raw in Result { () throws(Failure) -> T in try body(raw) } }.get()
    }

    public func links(_ entry: CatalogEntry) -> [CatalogRecord.LinkKey] {
        var links: [CatalogRecord.LinkKey] = []
        links.reserveCapacity(Int(entry.linkCount))
        forEachLink(of: entry) { links.append($0) }
        return links
    }

    /// Each of `entry`'s latest-news links, read in place: for passes over every story
    /// (the link index, `check`) that must not build an array per story.
    public func forEachLink(of entry: CatalogEntry, _ body: (CatalogRecord.LinkKey) -> Void) {
        withRegion(of: entry) { raw in
            for item in 0..<Int(entry.linkCount) {
                let offset = entry.linksStart + item * CatalogCodec.itemLength
                let key = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                let minute = Int32(littleEndian: raw.loadUnaligned(fromByteOffset: offset + 8, as: Int32.self))
                let urlKey = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset + 12, as: UInt64.self))
                body(CatalogRecord.LinkKey(headlineKey: key, minute: Int64(minute), urlKey: urlKey, timed: raw[offset + 20] != 0))
            }
        }
    }

    /// Whether `entry`'s record carries `band` among its band keys.
    func hasBandKey(_ band: UInt32, _ entry: CatalogEntry) -> Bool {
        var found = false
        forEachBandKey(of: entry) { if $0 == band { found = true } }
        return found
    }

    /// The band keys of `entry`'s text fingerprint, read in place.

    public func forEachBandKey(of entry: CatalogEntry, _ body: (UInt32) -> Void) {
        withRegion(of: entry) { raw in
            for band in 0..<Int(entry.bandCount) {
                body(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: entry.bandsStart + band * CatalogCodec.bandLength, as: UInt32.self)))
            }
        }
    }

    public func bandKeys(_ entry: CatalogEntry) -> [UInt32] {
        var keys: [UInt32] = []
        forEachBandKey(of: entry) { keys.append($0) }
        return keys
    }

    public func record(_ entry: CatalogEntry) -> CatalogRecord {
        let importedAt = withRegion(of: entry) { Int64(littleEndian: $0.loadUnaligned(fromByteOffset: Int(entry.fieldsStart) + 36, as: Int64.self)) }
        return CatalogRecord(
            id: entry.id, contentHash: entry.contentHash, headlineKey: entry.headlineKey, date: entry.date,
            time: entry.time, importedAt: importedAt, parserVersion: entry.parserVersion,
            agency: agency(entry), place: place(entry), headline: headline(entry), url: url(entry), urlKey: entry.urlKey,
            site: site(entry), latest: links(entry), bandKeys: bandKeys(entry), versionGroup: entry.versionGroup
        )
    }

    private func string(of entry: CatalogEntry, at offset: Int, length: Int) -> String {
        withRegion(of: entry) { String(decoding: UnsafeRawBufferPointer(rebasing: $0[offset..<(offset + length)]), as: UTF8.self) }
    }

    // MARK: Changing

    /// Adds a record, or replaces the one with the same id (a later record wins).
    public mutating func upsert(_ record: CatalogRecord) {
        var writer = ByteWriter()
        CatalogCodec.encode(record, into: &writer)
        if let position = positions[record.id], overwrite(Int(position), with: writer.bytes) { return }
        let start = storage.count
        storage += writer.bytes
        _ = addRecords(from: start, verifyChecksums: false)
    }

    /// Writes `bytes` over the record at `position` when that record lies in `storage` and
    /// is exactly as long; false, changing nothing, otherwise.
    ///
    /// An import retimes and regroups stories it had just added (their minute and group
    /// are fixed fields, so the record keeps its length): appending each new record beside
    /// the old one left dead bytes that made up almost half of `storage` after a million
    /// pages.
    private mutating func overwrite(_ position: Int, with bytes: [UInt8]) -> Bool {
        let old = entries[position]
        guard !old.inMappedFile else { return false }
        let start = Int(old.fieldsStart) - 4
        let oldLength = storage.withUnsafeBytes { Int(UInt32(littleEndian: $0.loadUnaligned(fromByteOffset: start, as: UInt32.self))) + 12 }
        guard oldLength == bytes.count else { return false }
        storage.replaceSubrange(start..<(start + oldLength), with: bytes)
        guard let (entry, _) = storage.withUnsafeBytes({ CatalogCodec.entry(in: $0, at: start, verifyChecksum: false) }) else {
            preconditionFailure("a record just encoded decodes")
        }
        revision &+= 1
        entries[position] = entry
        return true
    }

    public mutating func remove(_ id: StoryID) {
        guard let position = positions.removeValue(for: id).map(Int.init) else { return }
        revision &+= 1
        let last = entries.count - 1
        if position != last {
            entries[position] = entries[last]
            positions[entries[position].id] = Int32(position)
        }
        entries.removeLast()
    }

    /// Appends raw record bytes (a catalog file's body or a journal) and indexes them.
    /// Returns how many bytes held whole, valid records; the rest is dropped.
    mutating func append(recordBytes bytes: some Collection<UInt8>, verifyChecksums: Bool) -> Int {
        let start = storage.count
        storage += bytes
        let clean = addRecords(from: start, verifyChecksums: verifyChecksums)
        storage.removeSubrange((start + clean)...)
        return clean
    }

    /// Maps a catalog file and indexes the records after `offset`.
    /// Returns how many bytes held whole records.
    mutating func map(_ file: MappedFile, recordsFrom offset: Int) -> Int {
        precondition(entries.isEmpty, "map only into an empty catalog")
        revision &+= 1
        mapped = file
        let raw = file.bytes
        entries.reserveCapacity((raw.count - offset) / Self.smallestRecordLength)
        var end = offset
        while end < raw.count, let (entry, next) = CatalogCodec.entry(in: raw, at: end, verifyChecksum: false, mappedFile: true) {
            entries.append(entry)
            end = next
        }
        // A written catalog holds each id once, so the table is built in one go.
        positions = StoryPositions(positionsOf: entries.map(\.id))
        if positions.count != entries.count {
            // An id repeats (the file was not written by Byline): the later record wins.
            let all = entries
            entries = []
            positions = StoryPositions(minimumCapacity: all.count)
            for entry in all { add(entry) }
        }
        return end - offset
    }

    /// A bound below the length of nearly every record, links and band keys included, for
    /// reserving room before a bulk load: a table sized twice too large would spill out of
    /// the processor's cache and slow every insertion.
    private static let smallestRecordLength = 240

    /// Walks records from `start` to the end of the region, adding an entry for each.
    /// Stops at the first record that does not hold together; returns the bytes read cleanly.
    private mutating func addRecords(from start: Int, verifyChecksums: Bool) -> Int {
        // A second reference, not a copy: indexing changes entries and positions, never storage.
        let bytes = storage
        return bytes.withUnsafeBytes { raw in
            if raw.count - start > 1 << 16 {
                // Bulk loads reserve once; single upserts grow as usual.
                let expected = entries.count + (raw.count - start) / Self.smallestRecordLength
                entries.reserveCapacity(expected)
                if positions.count == 0 { positions = StoryPositions(minimumCapacity: expected) }
            }
            var offset = start
            while offset < raw.count, let (entry, next) = CatalogCodec.entry(in: raw, at: offset, verifyChecksum: verifyChecksums, mappedFile: false) {
                add(entry)
                offset = next
            }
            return offset - start
        }
    }

    /// Adds `entry`, or puts it in the place of the entry with its id.
    private mutating func add(_ entry: CatalogEntry) {
        revision &+= 1
        if let position = positions.insertIfAbsent(entry.id, at: Int32(entries.count)) {
            entries[Int(position)] = entry
        } else {
            entries.append(entry)
        }
    }

    /// Every version of the story `id` (itself included), newest first; empty when the
    /// store holds no other version of it. One pass over the catalog.
    public func versions(of id: StoryID) -> [StoryID] {
        guard let group = entry(id)?.versionGroup, group != 0 else { return [] }
        let members = entries.filter { $0.versionGroup == group }
        guard members.count > 1 else { return [] }
        return members.sorted(by: CatalogListing.isNewer).map(\.id)
    }

    /// Resolves a full id or a unique prefix of at least four hex digits.
    public func resolve(_ text: String) -> Result<StoryID, StoreError> {
        StoryIDResolution.resolve(text, contains: contains) { prefix, shift in
            Array(entries.lazy.map(\.id).filter { $0.value >> shift == prefix }.prefix(2))
        }
    }

    /// Calls `body` with every record's bytes (its length, fields and checksum, as the
    /// catalog file holds them) and its entry's position in `entries`, newest first: exactly
    /// the list's order, ties included, so a reader can list from the front of the file
    /// written from them. The bytes are lent, not copied, so writing the file of a million
    /// stories costs no second catalog in memory.
    func forEachRecordNewestFirst<Failure: Error>(
        _ body: (_ position: Int, CatalogEntry, UnsafeRawBufferPointer) throws(Failure) -> Void
    ) throws(Failure) {
        let order = entries.indices.sorted { CatalogListing.isNewer(entries[$0], than: entries[$1]) }
        for position in order {
            let entry = entries[position]
            try withRegion(of: entry) { raw throws(Failure) in
                let fieldsStart = Int(entry.fieldsStart)
                let length = Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: fieldsStart - 4, as: UInt32.self)))
                try body(position, entry, UnsafeRawBufferPointer(rebasing: raw[(fieldsStart - 4)..<(fieldsStart + length + 8)]))
            }
        }
    }

    /// Lets go of the pages of the mapped catalog file read so far (see `MappedFile`).
    func releaseMappedPages() {
        mapped?.releaseResidentPages()
    }

    /// Reads every record from `file` from now on, the catalog file just written from this
    /// catalog (`recordOffsets[position]` is where the record of `entries[position]` starts
    /// in it), and lets the copies in memory go.
    ///
    /// The file's pages are shared with the page cache and come in only as records are
    /// read, where `storage` held all of them: with a million stories, 340 MB that an
    /// import kept to its end and the search index's update after it. Nothing a reader
    /// sees changes, so `revision` stays: indexes of positions kept beside it still hold.
    mutating func rebase(onto file: MappedFile, recordOffsets: [Int32]) {
        precondition(recordOffsets.count == entries.count, "one offset per entry")
        for position in entries.indices { entries[position].move(toMappedFileAt: recordOffsets[position] + 4) }
        mapped = file
        storage = []
    }
}
