/// A summary of which stories, in which versions, an index holds: equal fingerprints
/// mean the index is current, found in one pass over the catalog without a look at
/// the index's rows.
///
/// Order-independent (a wrapping sum of mixed stamps) so that it can be kept up to
/// date as stories are added and replaced.
public struct IndexFingerprint: Hashable, Sendable {
    var count: Int64 = 0
    var sum: UInt64 = 0

    init() {}

    /// The fingerprint an index holding exactly these stories would have.
    public init(_ stamps: [IndexStamp]) {
        for stamp in stamps { add(stamp) }
    }

    init(text: String) {
        let parts = text.split(separator: ":")
        if parts.count == 2, let count = Int64(parts[0]), let sum = UInt64(parts[1], radix: 16) {
            self.count = count
            self.sum = sum
        } else {
            count = -1
        }
    }

    var text: String { "\(count):\(String(sum, radix: 16))" }

    mutating func add(_ stamp: IndexStamp) {
        count += 1
        sum &+= Self.mix(stamp)
    }

    mutating func remove(_ stamp: IndexStamp) {
        count -= 1
        sum &-= Self.mix(stamp)
    }

    /// splitmix64 of the id and stamp together, so that swapping two stamps changes the sum.
    private static func mix(_ stamp: IndexStamp) -> UInt64 {
        var value = stamp.id.value &+ (stamp.value &* 0x9E37_79B9_7F4A_7C15)
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
