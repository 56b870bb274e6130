import SeededRandom
import StoryKit
import Testing

/// The id → position table against a `Dictionary` doing the same operations.
@Suite struct StoryPositionsTests {
    @Test(arguments: [1, 2, 3])
    func agreesWithADictionaryThroughInsertsUpdatesAndRemovals(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        // A small key space makes updates and removals of present keys common; the
        // all-ones id (the table's empty marker) and ids sharing their low bits are included.
        let keys = (0..<3000).map { _ in StoryID(value: random.next() & 0xFFFF_FFFF_0000_0000) } + [StoryID(value: .max), StoryID(value: 0)]
        var table = StoryPositions()
        var expected: [StoryID: Int32] = [:]
        for step in 0..<60_000 {
            let id = keys[random.next(below: keys.count)]
            switch random.next(below: 5) {
            case 0, 1:
                table[id] = Int32(step)
                expected[id] = Int32(step)
            case 2:
                // Inserts only when absent, and answers with what was there.
                #expect(table.insertIfAbsent(id, at: Int32(step)) == expected[id])
                if expected[id] == nil { expected[id] = Int32(step) }
            case 3:
                #expect(table.removeValue(for: id) == expected.removeValue(forKey: id))
            default:
                #expect(table[id] == expected[id])
            }
            if step % 5000 == 0 { #expect(table.count == expected.count) }
        }
        #expect(table.count == expected.count)
        for id in keys where table[id] != expected[id] {
            Issue.record("\(id): table says \(String(describing: table[id])), expected \(String(describing: expected[id]))")
        }
    }

    @Test func aReservedTableHoldsWhatItWasSizedFor() {
        var table = StoryPositions(minimumCapacity: 100_000)
        for index in 0..<100_000 { table[StoryID(value: UInt64(index) &* 0x9E37_79B9_7F4A_7C15)] = Int32(index) }
        #expect(table.count == 100_000)
        #expect(table[StoryID(value: 99_999 &* 0x9E37_79B9_7F4A_7C15)] == 99_999)
        #expect(table[StoryID(value: 7)] == nil)
    }

    @Test(arguments: [100, 50_000])
    func aTableBuiltInOneGoPlacesEachIDAtItsLastPosition(count: Int) {
        var random = SplitMix64(seed: UInt64(count))
        // One id in ten repeats an earlier one; the all-ones id is among them.
        var ids: [StoryID] = []
        for index in 0..<count {
            ids.append(index % 10 == 9 ? ids[random.next(below: ids.count)] : StoryID(value: random.next()))
        }
        ids[count / 2] = StoryID(value: .max)
        var expected: [StoryID: Int32] = [:]
        for (position, id) in ids.enumerated() { expected[id] = Int32(position) }
        let table = StoryPositions(positionsOf: ids)
        #expect(table.count == expected.count)
        let wrong = expected.filter { table[$0.key] != $0.value }
        #expect(wrong.isEmpty, "\(wrong.count) ids at the wrong position")
        #expect(table[StoryID(value: 12345)] == nil)
    }
}
