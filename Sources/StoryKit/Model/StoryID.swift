/// A story's stable name in the store: a 64-bit hash of its normalised headline,
/// agency and date, written as 16 hex digits.
///
/// The same article saved twice (from another site, with CRLF, with different
/// furniture) gets the same id, so the store keeps it once; and every machine
/// derives the same id, so state logs synced between machines agree.
public struct StoryID: Hashable, Sendable, Comparable, TextCodable {
    public let value: UInt64

    public init(value: UInt64) {
        self.value = value
    }

    /// The id of a parsed story.
    public init(_ story: Story) {
        var hasher = StableHasher()
        HeadlineKey.normalisedUTF8(story.headline).withUnsafeBytes { hasher.combine(bytes: $0) }
        hasher.combine(0x1F)
        HeadlineKey.normalisedUTF8(story.agency ?? "").withUnsafeBytes { hasher.combine(bytes: $0) }
        hasher.combine(0x1F)
        hasher.combine(story.date?.description ?? "")
        value = hasher.finalize()
    }

    /// Parses 16 hex digits (a shorter unique prefix is resolved by the store, not here).
    public init?(hex: some StringProtocol) {
        guard hex.utf8.count == 16, let value = UInt64(hex, radix: 16) else { return nil }
        self.value = value
    }

    public var description: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    public static func < (lhs: StoryID, rhs: StoryID) -> Bool { lhs.value < rhs.value }

    public init?(text: String) { self.init(hex: text) }
}
