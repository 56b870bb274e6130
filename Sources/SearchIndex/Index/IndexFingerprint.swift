import StoryKit

/// A summary of which stories, in which versions, an index holds: equal fingerprints
/// mean the index is current, found without a look at the index's rows.
///
/// Order-independent (`StampSum`) so that it can be kept up to date as stories are
/// added and replaced, and so that the store can keep the same sum for its catalog.
public struct IndexFingerprint: Hashable, Sendable {
    private(set) var stamps: StampSum

    init() {
        stamps = StampSum()
    }

    /// The fingerprint of an index holding exactly the stories `stamps` sums up.
    public init(_ stamps: StampSum) {
        self.stamps = stamps
    }

    /// The fingerprint an index holding exactly these stories would have.
    public init(_ stamps: [IndexStamp]) {
        self.init()
        for stamp in stamps { add(stamp) }
    }

    init(text: String) {
        let parts = text.split(separator: ":")
        if parts.count == 2, let count = Int64(parts[0]), let sum = UInt64(parts[1], radix: 16) {
            stamps = StampSum(count: count, sum: sum)
        } else {
            stamps = StampSum(count: -1)
        }
    }

    var text: String { "\(stamps.count):\(String(stamps.sum, radix: 16))" }

    mutating func add(_ stamp: IndexStamp) {
        stamps.add(id: stamp.id, stamp: stamp.value)
    }

    mutating func remove(_ stamp: IndexStamp) {
        stamps.remove(id: stamp.id, stamp: stamp.value)
    }
}
