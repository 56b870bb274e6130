/// Catalog positions filed under keys, for lookups an import makes at every batch
/// (`BatchIndexes`): each pair packed in 64 bits (the key folded to 32, the position),
/// kept in sorted runs, each less than half as long as the one before it (a new run is
/// merged into the last while that is not twice as long, as a binary counter carries). Adding a
/// batch costs its own size plus merging amortised over the import; a lookup is a
/// binary search in each of a few runs.
///
/// A lookup may give positions whose key only shares the folded half, positions filed
/// under a key their record no longer has (the story was replaced by one with other
/// text), and one position twice: callers check each position against its record.
struct PositionRuns: Sendable {
    private var runs: [[UInt64]] = []

    /// Files a batch of pairs.
    mutating func add(_ pairs: some Sequence<(key: UInt64, position: Int32)>) {
        var run = pairs.map { Self.packed($0.key, $0.position) }
        guard !run.isEmpty else { return }
        run.sort()
        while let last = runs.last, last.count <= 2 * run.count {
            run = Self.merged(runs.removeLast(), run)
        }
        runs.append(run)
    }

    /// Calls `body` with every position filed under `key` (see the type's note).
    func forEachPosition(under key: UInt64, _ body: (Int32) -> Void) {
        let folded = UInt64(Self.fold(key))
        let first = folded << 32
        for run in runs {
            var low = 0, high = run.count
            while low < high {
                let middle = (low + high) / 2
                if run[middle] < first { low = middle + 1 } else { high = middle }
            }
            while low < run.count && run[low] >> 32 == folded {
                body(Int32(bitPattern: UInt32(truncatingIfNeeded: run[low])))
                low += 1
            }
        }
    }

    private static func fold(_ key: UInt64) -> UInt32 {
        UInt32(truncatingIfNeeded: key ^ (key >> 32))
    }

    private static func packed(_ key: UInt64, _ position: Int32) -> UInt64 {
        UInt64(fold(key)) << 32 | UInt64(UInt32(bitPattern: position))
    }

    private static func merged(_ first: [UInt64], _ second: [UInt64]) -> [UInt64] {
        var result: [UInt64] = []
        result.reserveCapacity(first.count + second.count)
        var i = 0, j = 0
        while i < first.count && j < second.count {
            if first[i] <= second[j] {
                result.append(first[i])
                i += 1
            } else {
                result.append(second[j])
                j += 1
            }
        }
        result += first[i...]
        result += second[j...]
        return result
    }
}
