/// Where each story sits in an array, looked up by id.
///
/// The catalog and the reader each keep one of these for 100,000 stories and build
/// it at every start-up, where a `Dictionary` spent most of its time seeding and
/// finishing SipHash for keys that are already 64-bit hashes. This is an open-addressing
/// table with linear probing over a multiply-shift of the id; the multiplier is drawn
/// per process, so ids crafted to collide in one run do not collide in the next.
public struct StoryPositions: Sendable {
    private static let empty = UInt64.max
    private static let multiplier = UInt64.random(in: 0...UInt64.max) | 1

    private var keys: [UInt64]
    private var values: [Int32]
    /// Slots that hold a key other than `empty`; ids equal to `empty` are kept aside.
    private var used = 0
    private var emptyKeyValue: Int32?
    private var shift: UInt64

    public init(minimumCapacity: Int = 0) {
        var slots = 16
        while slots * 3 < max(minimumCapacity, 1) * 4 { slots <<= 1 }
        keys = [UInt64](repeating: Self.empty, count: slots)
        values = [Int32](repeating: 0, count: slots)
        shift = UInt64(64 - slots.trailingZeroBitCount)
    }

    public var count: Int { used + (emptyKeyValue == nil ? 0 : 1) }

    public subscript(id: StoryID) -> Int32? {
        get {
            if id.value == Self.empty { return emptyKeyValue }
            var slot = home(id.value)
            while true {
                let key = keys[slot]
                if key == id.value { return values[slot] }
                if key == Self.empty { return nil }
                slot = (slot + 1) & (keys.count - 1)
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
            if (used + 1) * 4 > keys.count * 3 { grow() }
            var slot = home(id.value)
            while keys[slot] != Self.empty && keys[slot] != id.value { slot = (slot + 1) & (keys.count - 1) }
            if keys[slot] == Self.empty { used += 1 }
            keys[slot] = id.value
            values[slot] = newValue
        }
    }

    @discardableResult
    public mutating func removeValue(for id: StoryID) -> Int32? {
        if id.value == Self.empty {
            defer { emptyKeyValue = nil }
            return emptyKeyValue
        }
        let mask = keys.count - 1
        var slot = home(id.value)
        while keys[slot] != id.value {
            if keys[slot] == Self.empty { return nil }
            slot = (slot + 1) & mask
        }
        let removed = values[slot]
        // Backward-shift deletion: pull later members of the probe run into the hole,
        // so lookups never need tombstones.
        var hole = slot
        var next = (slot + 1) & mask
        while keys[next] != Self.empty {
            let wanted = home(keys[next])
            let distanceToHole = (hole - wanted) & mask
            let distanceToNext = (next - wanted) & mask
            if distanceToHole < distanceToNext {
                keys[hole] = keys[next]
                values[hole] = values[next]
                hole = next
            }
            next = (next + 1) & mask
        }
        keys[hole] = Self.empty
        used -= 1
        return removed
    }

    private func home(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* Self.multiplier) >> shift)
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = [UInt64](repeating: Self.empty, count: oldKeys.count * 2)
        values = [Int32](repeating: 0, count: oldKeys.count * 2)
        shift -= 1
        used = 0
        for (key, value) in zip(oldKeys, oldValues) where key != Self.empty {
            self[StoryID(value: key)] = value
        }
    }
}
