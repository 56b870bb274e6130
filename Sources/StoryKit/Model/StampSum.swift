/// An order-free sum over a set of stories, each given by its id and a stamp of its
/// version: two sets have equal sums when they hold the same stories in the same versions
/// (up to a 64-bit collision).
///
/// The search index keeps one for the stories it holds; the store keeps one in its
/// catalog lookup for the catalog file. A wrapping sum can be kept up to date as stories
/// come and go, so comparing the two needs no pass over either.
public struct StampSum: Hashable, Sendable {
    public private(set) var count: Int64
    public private(set) var sum: UInt64

    public init(count: Int64 = 0, sum: UInt64 = 0) {
        self.count = count
        self.sum = sum
    }

    public mutating func add(id: StoryID, stamp: UInt64) {
        count += 1
        sum &+= Self.mix(id: id, stamp: stamp)
    }

    public mutating func remove(id: StoryID, stamp: UInt64) {
        count -= 1
        sum &-= Self.mix(id: id, stamp: stamp)
    }

    /// splitmix64 of the id and stamp together, so that swapping two stamps changes the sum.
    private static func mix(id: StoryID, stamp: UInt64) -> UInt64 {
        var value = id.value &+ (stamp &* 0x9E37_79B9_7F4A_7C15)
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
