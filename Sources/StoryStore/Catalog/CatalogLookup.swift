import StoryKit

/// What a reader needs to use the catalog file without walking it: where each story's
/// record sits, by id, the members of each version group, and the sum of the records'
/// version stamps (the store's side of the search index's fingerprint).
///
/// Derived from one catalog file (named by its `FileStamp`) and kept beside it in
/// `local/MACHINE/catalog-lookup`; any other catalog file, or a lookup that does not hold
/// together, makes it unusable and the catalog is walked as before. It is written only
/// for a catalog file whose records are in the list's newest-first order (`derive`), so a
/// reader can take the first screen from the front of the file.
///
/// Layout, little-endian: the 16-byte magic; the catalog's inode, size and change time;
/// the number of records, of version groups and of group members; the `StampSum` of the
/// records' version stamps; a checksum of the header, the group table and the member
/// table. Then 16 bytes per record (id, offset of its record in the catalog file) sorted by
/// id; 16 bytes per group (key, index of its first member, member count) sorted by key;
/// 8 bytes per member (its id), each group's together. The id table is not checksummed,
/// as reading it whole would cost what the lookup saves: each use checks the record it
/// points at instead (`entry(of:in:)`), and `byline check` compares it with the file.
struct CatalogLookup: Sendable {
    static let magic = Array("BYLINE-LOOKUP-3\n".utf8)
    static let headerLength = 16 + 8 * 8
    static let rowLength = 16

    private let file: MappedFile
    let recordCount: Int
    /// The records' version stamps summed (`CatalogEntry.versionStamp`).
    let stamps: StampSum
    private let groupCount: Int
    private let groupStart: Int
    private let memberStart: Int

    /// The lookup at `path`, if it is whole and describes the catalog file stamped `catalog`.
    init?(path: String, describing catalog: FileStamp) {
        guard let file = MappedFile(path: path, populate: false) else { return nil }
        let raw = file.bytes
        guard raw.count >= Self.headerLength, raw.starts(with: Self.magic) else { return nil }
        func word(_ index: Int) -> UInt64 { UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 16 + 8 * index, as: UInt64.self)) }
        guard FileStamp(inode: word(0), size: Int64(bitPattern: word(1)), changed: Int64(bitPattern: word(2))) == catalog else { return nil }
        let records = word(3), groups = word(4), members = word(5)
        guard records <= UInt64(Int32.max), groups <= records, members <= records,
            raw.count == Self.headerLength + Int(records + groups) * Self.rowLength + Int(members) * 8
        else { return nil }
        let groupStart = Self.headerLength + Int(records) * Self.rowLength
        let memberStart = groupStart + Int(groups) * Self.rowLength
        var hasher = StableHasher()
        hasher.combine(bytes: UnsafeRawBufferPointer(rebasing: raw[16..<(Self.headerLength - 8)]))
        hasher.combine(bytes: UnsafeRawBufferPointer(rebasing: raw[groupStart...]))
        guard hasher.finalize() == word(7) else { return nil }
        // The checksum is no seal against a file made to pass it: every group's members must
        // lie in the member table, in key order, or the lookup is not used.
        var previousKey: UInt64?
        for row in 0..<Int(groups) {
            let at = groupStart + row * Self.rowLength
            let key = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: at, as: UInt64.self))
            let span = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: at + 8, as: UInt64.self))
            guard previousKey.map({ $0 < key }) ?? true, (span & 0xFFFF_FFFF) + (span >> 32) <= members else { return nil }
            previousKey = key
        }
        self.file = file
        recordCount = Int(records)
        stamps = StampSum(count: Int64(records), sum: word(6))
        groupCount = Int(groups)
        self.groupStart = groupStart
        self.memberStart = memberStart
    }

    private func load(_ offset: Int) -> UInt64 {
        UInt64(littleEndian: file.bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    /// The row of the first of `count` rows from `start` whose key is not below `key`.
    private func firstRow(atLeast key: UInt64, in start: Int, count: Int) -> Int {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if load(start + middle * Self.rowLength) < key { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Where the members of the version group `key` sit in the member table.
    private func memberSpan(ofGroup key: UInt64) -> Range<Int> {
        let row = firstRow(atLeast: key, in: groupStart, count: groupCount)
        guard row < groupCount, load(groupStart + row * Self.rowLength) == key else { return 0..<0 }
        let span = load(groupStart + row * Self.rowLength + 8)
        let first = Int(span & 0xFFFF_FFFF)
        return first..<(first + Int(span >> 32))
    }

    /// The ids of the catalog file's records with the version group `key` (not 0).
    func members(ofGroup key: UInt64) -> [StoryID] {
        memberSpan(ofGroup: key).map { StoryID(value: load(memberStart + $0 * 8)) }
    }

    /// How many of the catalog file's records have the version group `key` (not 0).
    func memberCount(ofGroup key: UInt64) -> Int { memberSpan(ofGroup: key).count }

    /// Each version group of the catalog file, with how many records it has.
    func forEachGroup(_ body: (UInt64, Int) -> Void) {
        for row in 0..<groupCount {
            let at = groupStart + row * Self.rowLength
            body(load(at), Int(load(at + 8) >> 32))
        }
    }

    /// Up to `limit` ids of the catalog file's records from `low` to `high`, lowest first.
    func ids(from low: UInt64, through high: UInt64, limit: Int) -> [StoryID] {
        var ids: [StoryID] = []
        var row = firstRow(atLeast: low, in: Self.headerLength, count: recordCount)
        while row < recordCount && ids.count < limit {
            let id = load(Self.headerLength + row * Self.rowLength)
            guard id <= high else { break }
            ids.append(StoryID(value: id))
            row += 1
        }
        return ids
    }

    /// Whether the catalog file has a record of `id`, by the id table alone.
    func contains(_ id: StoryID) -> Bool {
        let row = firstRow(atLeast: id.value, in: Self.headerLength, count: recordCount)
        return row < recordCount && load(Self.headerLength + row * Self.rowLength) == id.value
    }

    /// The entry of story `id` in `catalog` (the mapped file this lookup describes), or nil
    /// when the file has no such record or the row does not lead to it.
    func entry(of id: StoryID, in catalog: MappedFile) -> CatalogEntry? {
        let row = firstRow(atLeast: id.value, in: Self.headerLength, count: recordCount)
        guard row < recordCount else { return nil }
        let at = Self.headerLength + row * Self.rowLength
        guard load(at) == id.value else { return nil }
        let offset = load(at + 8)
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
        var builder = Builder()
        var at = offset
        while at < raw.count {
            guard let (entry, next) = CatalogCodec.entry(in: raw, at: at, verifyChecksum: false, mappedFile: true) else { return nil }
            builder.add(entry, at: at)
            at = next
        }
        return builder.encoded(describing: stamp)
    }
}
