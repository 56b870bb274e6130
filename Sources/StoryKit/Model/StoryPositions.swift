/// Where each story sits in an array, looked up by id.
///
/// The catalog and the reader each keep one of these for 100,000 stories and build
/// it at every start-up, where a `Dictionary` spent most of its time seeding and
/// finishing SipHash for keys that are already 64-bit hashes. This is an open-addressing
/// table with linear probing over a multiply-shift of the id; the multiplier is drawn
/// per process, so ids crafted to collide in one run do not collide in the next. A key
/// and its value share a slot, so building the table at start-up misses the cache once
/// per story, not twice.
public struct StoryPositions: Sendable {
    private static let empty = UInt64.max
    private static let multiplier = UInt64.random(in: 0...UInt64.max) | 1

    private struct Slot {
        var key: UInt64
        var value: Int32
    }
    private var slots: [Slot]
    /// Slots that hold a key other than `empty`; ids equal to `empty` are kept aside.
    private var used = 0
    private var emptyKeyValue: Int32?
    private var shift: UInt64

    public init(minimumCapacity: Int = 0) {
        var count = 16
        while count * 3 < max(minimumCapacity, 1) * 4 { count <<= 1 }
        slots = [Slot](repeating: Slot(key: Self.empty, value: 0), count: count)
        shift = UInt64(64 - count.trailingZeroBitCount)
    }

    /// The table of `ids`, each at its place in the array; when an id repeats, its last
    /// place wins.
    ///
    /// Inserting 100,000 ids one after another misses the cache on nearly every one, the
    /// table being larger than the cache. So the ids are first sorted by the region of the
    /// table they go to (one counting pass, stable), and the table is then filled one
    /// region at a time.
    public init(positionsOf ids: [StoryID]) {
        self.init(minimumCapacity: ids.count)
        let regionBits = min(10, slots.count.trailingZeroBitCount)
        guard ids.count > 4096 else {
            for (position, id) in ids.enumerated() { self[id] = Int32(position) }
            return
        }
        let region = { (id: StoryID) in Int(truncatingIfNeeded: (id.value &* Self.multiplier) >> UInt64(64 - regionBits)) }
        var starts = [Int](repeating: 0, count: (1 << regionBits) + 1)
        for id in ids { starts[region(id) + 1] += 1 }
        for index in 1..<starts.count { starts[index] += starts[index - 1] }
        var sorted = [Slot](repeating: Slot(key: 0, value: 0), count: ids.count)
        for (position, id) in ids.enumerated() {
            let target = region(id)
            sorted[starts[target]] = Slot(key: id.value, value: Int32(position))
            starts[target] += 1
        }
        for slot in sorted { self[StoryID(value: slot.key)] = slot.value }
    }

    public var count: Int { used + (emptyKeyValue == nil ? 0 : 1) }

    public subscript(id: StoryID) -> Int32? {
        get {
            if id.value == Self.empty { return emptyKeyValue }
            var index = home(id.value)
            while true {
                let slot = slots[index]
                if slot.key == id.value { return slot.value }
                if slot.key == Self.empty { return nil }
                index = (index + 1) & (slots.count - 1)
            }
        }
        set {
            guard let newValue else {
                removeValue(for: id)
                return
            }
            if id.value == Self.empty {
                emptyKeyValue = newValue
                return
            }
            let index = claim(id.value)
            if slots[index].key == Self.empty { used += 1 }
            slots[index] = Slot(key: id.value, value: newValue)
        }
    }

    /// Gives `id` the position `value` unless it has one already, and returns the one it
    /// had: one probe where a look-up followed by an insertion would make two.
    public mutating func insertIfAbsent(_ id: StoryID, at value: Int32) -> Int32? {
        if id.value == Self.empty {
            guard let existing = emptyKeyValue else {
                emptyKeyValue = value
                return nil
            }
            return existing
        }
        let index = claim(id.value)
        if slots[index].key == id.value { return slots[index].value }
        slots[index] = Slot(key: id.value, value: value)
        used += 1
        return nil
    }

    @discardableResult
    public mutating func removeValue(for id: StoryID) -> Int32? {
        if id.value == Self.empty {
            defer { emptyKeyValue = nil }
            return emptyKeyValue
        }
        let mask = slots.count - 1
        var index = home(id.value)
        while slots[index].key != id.value {
            if slots[index].key == Self.empty { return nil }
            index = (index + 1) & mask
        }
        let removed = slots[index].value
        // Backward-shift deletion: pull later members of the probe run into the hole,
        // so lookups never need tombstones.
        var hole = index
        var next = (index + 1) & mask
        while slots[next].key != Self.empty {
            let wanted = home(slots[next].key)
            let distanceToHole = (hole - wanted) & mask
            let distanceToNext = (next - wanted) & mask
            if distanceToHole < distanceToNext {
                slots[hole] = slots[next]
                hole = next
            }
            next = (next + 1) & mask
        }
        slots[hole].key = Self.empty
        used -= 1
        return removed
    }

    private func home(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* Self.multiplier) >> shift)
    }

    /// The slot that holds `key`, or the empty one where it would go, growing the table
    /// first when one more key would fill it past three quarters.
    private mutating func claim(_ key: UInt64) -> Int {
        if (used + 1) * 4 > slots.count * 3 { grow() }
        var index = home(key)
        while slots[index].key != Self.empty && slots[index].key != key { index = (index + 1) & (slots.count - 1) }
        return index
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(key: Self.empty, value: 0), count: old.count * 2)
        shift -= 1
        used = 0
        for slot in old where slot.key != Self.empty {
            self[StoryID(value: slot.key)] = slot.value
        }
    }
}
