import StoryKit

/// What a reader needs to use the catalog file without walking it: where each story's
/// record sits, by id, and how many stories share each version group.
///
/// Derived from one catalog file (named by its `FileStamp`) and kept beside it in
/// `local/MACHINE/catalog-lookup`; any other catalog file, or a lookup that does not hold
/// together, makes it unusable and the catalog is walked as before. It is written only
/// for a catalog file whose records are in the list's newest-first order (`derive`), so a
/// reader can take the first screen from the front of the file.
///
/// Layout, little-endian: the 16-byte magic; the catalog's inode, size and change time;
/// the number of records and of groups; a checksum of the header and the group table; then
/// 16 bytes per record (id, offset of its record in the catalog file) sorted by id; then
/// 16 bytes per version group (key, member count) sorted by key. The id table is not
/// checksummed, as reading it whole would cost what the lookup saves: each use checks the
/// record it points at instead (`offset(of:in:)`).
struct CatalogLookup: Sendable {
    static let magic = Array("BYLINE-LOOKUP-1\n".utf8)
    private static let headerLength = 16 + 8 * 6
    private static let rowLength = 16

    private let file: MappedFile
    let catalogStamp: FileStamp
    let recordCount: Int
    private let groupCounts: [UInt64: Int]

    /// The lookup at `path`, if it is whole and describes the catalog file stamped `catalog`.
    init?(path: String, describing catalog: FileStamp) {
        guard let file = MappedFile(path: path, populate: false) else { return nil }
        let raw = file.bytes
        guard raw.count >= Self.headerLength, raw.starts(with: Self.magic) else { return nil }
        func word(_ index: Int) -> UInt64 { UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 16 + 8 * index, as: UInt64.self)) }
        let stamp = FileStamp(inode: word(0), size: Int64(bitPattern: word(1)), changed: Int64(bitPattern: word(2)))
        guard stamp == catalog else { return nil }
        let records = word(3), groups = word(4)
        guard records <= UInt64(Int32.max), groups <= records,
            raw.count == Self.headerLength + Int(records + groups) * Self.rowLength
        else { return nil }
        let groupStart = Self.headerLength + Int(records) * Self.rowLength
        var hasher = StableHasher()
        hasher.combine(bytes: UnsafeRawBufferPointer(rebasing: raw[16..<(Self.headerLength - 8)]))
        hasher.combine(bytes: UnsafeRawBufferPointer(rebasing: raw[groupStart...]))
        guard hasher.finalize() == word(5) else { return nil }
        var counts: [UInt64: Int] = [:]
        counts.reserveCapacity(Int(groups))
        for row in 0..<Int(groups) {
            let at = groupStart + row * Self.rowLength
            let key = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: at, as: UInt64.self))
            counts[key] = Int(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: at + 8, as: UInt64.self)))
        }
        self.file = file
        catalogStamp = stamp
        recordCount = Int(records)
        groupCounts = counts
    }

    /// How many records of the catalog file have the version group `key` (not 0).
    func members(ofGroup key: UInt64) -> Int { groupCounts[key] ?? 0 }

    /// The entry of story `id` in `catalog` (the mapped file this lookup describes), or nil
    /// when the file has no such record or the row does not lead to it.
    func entry(of id: StoryID, in catalog: MappedFile) -> CatalogEntry? {
        let raw = file.bytes
        var low = 0, high = recordCount
        while low < high {
            let middle = (low + high) / 2
            let key = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: Self.headerLength + middle * Self.rowLength, as: UInt64.self))
            if key < id.value { low = middle + 1 } else { high = middle }
        }
        guard low < recordCount else { return nil }
        let at = Self.headerLength + low * Self.rowLength
        guard UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: at, as: UInt64.self)) == id.value else { return nil }
        let offset = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: at + 8, as: UInt64.self))
        guard offset < UInt64(catalog.bytes.count),
            let (entry, _) = CatalogCodec.entry(in: catalog.bytes, at: Int(offset), verifyChecksum: false, mappedFile: true),
            entry.id == id
        else { return nil }
        return entry
    }

    /// The lookup of the catalog file whose bytes are `raw` (records from `offset`, the
    /// file stamped `stamp`), or nil when its records are not whole or not in the list's
    /// newest-first order (a file an earlier Byline wrote, whose ties in time are in no set order).
    static func derive(fromCatalogBytes raw: UnsafeRawBufferPointer, recordsFrom offset: Int, stamp: FileStamp) -> [UInt8]? {
        var rows: [(id: UInt64, offset: UInt64)] = []
        var groups: [UInt64: UInt64] = [:]
        var at = offset
        var previous: CatalogEntry?
        while at < raw.count {
            guard let (entry, next) = CatalogCodec.entry(in: raw, at: at, verifyChecksum: false, mappedFile: true) else { return nil }
            if let previous, !CatalogListing.isNewer(previous, than: entry) { return nil }
            rows.append((entry.id.value, UInt64(at)))
            if entry.versionGroup != 0 { groups[entry.versionGroup, default: 0] += 1 }
            previous = entry
            at = next
        }
        rows.sort { $0.id < $1.id }
        var body = ByteWriter()
        body.bytes.reserveCapacity(headerLength + (rows.count + groups.count) * rowLength)
        for row in rows {
            body.put(row.id)
            body.put(row.offset)
        }
        var groupTable = ByteWriter()
        for key in groups.keys.sorted() {
            groupTable.put(key)
            groupTable.put(groups[key]!)
        }
        var header = ByteWriter()
        header.put(stamp.inode)
        header.put(UInt64(bitPattern: stamp.size))
        header.put(UInt64(bitPattern: stamp.changed))
        header.put(UInt64(rows.count))
        header.put(UInt64(groups.count))
        var hasher = StableHasher()
        header.bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        groupTable.bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        header.put(hasher.finalize())
        return magic + header.bytes + body.bytes + groupTable.bytes
    }
}
