import StoryKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What this machine's imports remember of the page files they read: a file's status
/// (device, inode, size, modification and change times) and the hash of its bytes.
///
/// Importing a folder again is mostly pages that have not changed. Reading and hashing
/// each one to find that out costs the whole folder's bytes; with this table, a page
/// whose status is the one remembered is known by the `stat` alone. A write through
/// `write(2)` moves the file's change time, which no program can set back, so a
/// remembered status stands for the bytes that were read. A file whose change time is
/// too recent is not remembered (`PageStatus`): a write in the same tick of the clock
/// would not move it. What this cannot see: a page changed through a shared memory
/// mapping (its times move only at the first write after each flush), status cached by a
/// network file system, and file systems without a change time (FAT); pages edited so
/// are seen once their size or times move, or after removing `seen-pages`.
///
/// The table is this machine's own (inodes mean nothing elsewhere) and derived: when it
/// is missing or damaged, pages are read as before and the next import writes it again.
/// It is an open-addressing hash table of 16-byte slots (status key, content hash),
/// mapped and probed in place, so looking up a million pages builds nothing.
struct SeenPages: Sendable {
    /// One remembered page: its status key (never 0) and the hash of its bytes.
    struct Entry: Hashable, Sendable {
        let key: UInt64
        let contentHash: UInt64
    }

    private let file: MappedFile?
    private let slotCount: Int

    static let magic = Array("BYLINE-SEEN-1\n\0\0".utf8)
    /// The magic, the slot count, the used count and a checksum of the slots.
    static let headerLength = 40
    static let slotLength = 16

    /// No page remembered.
    init() {
        self.init(file: nil, slotCount: 0)
    }

    /// The table at `path`; empty when the file is missing, of another format or damaged.
    init(loading path: String) {
        if let mapped = MappedFile(path: path), let slots = Self.validSlotCount(mapped.bytes) {
            self.init(file: mapped, slotCount: slots)
        } else {
            self.init()
        }
    }

    private init(file: MappedFile?, slotCount: Int) {
        self.file = file
        self.slotCount = slotCount
    }

    /// Whether no page is remembered (a first import): then no page's status is looked at.
    var isEmpty: Bool { slotCount == 0 }

    /// The content hash remembered for a page of status `key`.
    func contentHash(for key: UInt64) -> UInt64? {
        guard slotCount > 0 else { return nil }
        var slot = Self.home(of: key, slotCount: slotCount)
        // A valid table always has an empty slot; the bound is for one that does not.
        for _ in 0..<slotCount {
            guard let entry = entry(atSlot: slot) else { return nil }
            if entry.key == key { return entry.contentHash }
            slot = (slot + 1) & (slotCount - 1)
        }
        return nil
    }

    /// Every remembered page.
    var entries: [Entry] {
        (0..<slotCount).compactMap(entry(atSlot:))
    }

    /// The entry in `slot`, nil when the slot is empty.
    private func entry(atSlot slot: Int) -> Entry? {
        guard let raw = file?.bytes else { return nil }
        let offset = Self.headerLength + slot * Self.slotLength
        let key = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        guard key != 0 else { return nil }
        return Entry(key: key, contentHash: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self)))
    }

    /// The table's bytes for `entries` (a key given twice keeps its first entry).
    static func encode(_ entries: [Entry]) -> [UInt8] {
        var slotCount = 16
        while slotCount * 7 < entries.count * 10 { slotCount <<= 1 }
        var slots = [UInt64](repeating: 0, count: slotCount * 2)
        var used = 0
        for entry in entries where entry.key != 0 {
            var slot = home(of: entry.key, slotCount: slotCount)
            while slots[slot * 2] != 0 && slots[slot * 2] != entry.key { slot = (slot + 1) & (slotCount - 1) }
            guard slots[slot * 2] == 0 else { continue }
            slots[slot * 2] = entry.key
            slots[slot * 2 + 1] = entry.contentHash
            used += 1
        }
        let body = slots.map(\.littleEndian).withUnsafeBytes { Array($0) }
        var writer = ByteWriter()
        writer.put(magic)
        writer.put(UInt64(slotCount))
        writer.put(UInt64(used))
        writer.put(StableHasher.hash(body))
        writer.put(body)
        return writer.bytes
    }

    /// The slot a key is looked for first: its top bits (keys are hashes already).
    private static func home(of key: UInt64, slotCount: Int) -> Int {
        Int(truncatingIfNeeded: key >> UInt64(64 - slotCount.trailingZeroBitCount))
    }

    /// The slot count of a whole, undamaged table, else nil.
    private static func validSlotCount(_ raw: UnsafeRawBufferPointer) -> Int? {
        guard raw.count >= headerLength, raw.prefix(magic.count).elementsEqual(magic) else { return nil }
        let slots = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 16, as: UInt64.self))
        let used = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 24, as: UInt64.self))
        guard slots >= 16, slots <= 1 << 40, slots.nonzeroBitCount == 1, used < slots,
            raw.count == headerLength + Int(slots) * slotLength
        else { return nil }
        var hasher = StableHasher()
        hasher.combine(bytes: UnsafeRawBufferPointer(rebasing: raw[headerLength...]))
        guard hasher.finalize() == UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 32, as: UInt64.self)) else { return nil }
        // The header's count must be the slots' own: a table without an empty slot is refused.
        var filled: UInt64 = 0
        for slot in 0..<Int(slots) where raw.loadUnaligned(fromByteOffset: headerLength + slot * slotLength, as: UInt64.self) != 0 { filled += 1 }
        guard filled == used else { return nil }
        return Int(slots)
    }
}
