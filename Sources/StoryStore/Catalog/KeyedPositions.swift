import StoryKit

/// Keys sorted with a catalog position beside each, found by binary search.
struct KeyedPositions: Sendable {
    private let keys: [UInt64]
    private let positions: [Int32]

    init(_ pairs: some Sequence<(UInt64, Int32)>) {
        let sorted = pairs.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
        keys = sorted.map(\.0)
        positions = sorted.map(\.1)
    }

    /// The first position with `key` other than `excluded`; nil for key 0 (no key).
    func first(_ key: UInt64, except excluded: Int32) -> Int32? {
        guard key != 0 else { return nil }
        var low = 0, high = keys.count
        while low < high {
            let middle = (low + high) / 2
            if keys[middle] < key { low = middle + 1 } else { high = middle }
        }
        while low < keys.count && keys[low] == key {
            if positions[low] != excluded { return positions[low] }
            low += 1
        }
        return nil
    }
}
