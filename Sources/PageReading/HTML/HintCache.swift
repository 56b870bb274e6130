/// The article reader's memory of what each distinct `class` or `id` value says.
///
/// Pages repeat the same few values thousands of times, so `ElementHint.of` runs once
/// per distinct value. A value is looked up by its bytes as the tree keeps them: an
/// FNV-1a digest picks the slot of an open-addressing table and the bytes are compared
/// only when digests agree, so a value seen before costs no string, no allocation and
/// none of the standard library's seeded hashing.
struct HintCache {
    private struct Entry {
        let digest: UInt64
        /// Where the value's bytes are in `keyBytes`.
        let key: Range<Int>
        let hint: ElementHint
    }

    private var entries: [Entry] = []
    private var keyBytes: [UInt8] = []
    /// For each slot, its index in `entries`, or -1 when empty; never more than half full.
    private var slots: [Int32]

    init(expectedValues: Int = 256) {
        var size = 64
        while size < expectedValues * 2 { size *= 2 }
        slots = [Int32](repeating: -1, count: size)
        entries.reserveCapacity(expectedValues)
    }

    /// The hint remembered for `value`, or the one `compute` gives, remembered.
    mutating func hint(for value: UnsafeBufferPointer<UInt8>, compute: () -> ElementHint) -> ElementHint {
        var digest: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in value { digest = (digest ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: digest ^ (digest >> 29)) & mask
        while slots[slot] >= 0 {
            let entry = entries[Int(slots[slot])]
            if entry.digest == digest && holds(entry.key, equalTo: value) { return entry.hint }
            slot = (slot + 1) & mask
        }
        let hint = compute()
        let start = keyBytes.count
        keyBytes.append(contentsOf: value)
        slots[slot] = Int32(entries.count)
        entries.append(Entry(digest: digest, key: start..<keyBytes.count, hint: hint))
        if entries.count * 2 > slots.count { grow() }
        return hint
    }

    private func holds(_ key: Range<Int>, equalTo value: UnsafeBufferPointer<UInt8>) -> Bool {
        guard key.count == value.count else { return false }
        return keyBytes.withUnsafeBufferPointer { bytes in
            UnsafeBufferPointer(rebasing: bytes[key]).elementsEqual(value)
        }
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (index, entry) in entries.enumerated() {
            var slot = Int(truncatingIfNeeded: entry.digest ^ (entry.digest >> 29)) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index)
        }
    }
}
