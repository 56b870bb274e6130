/// Tests on eight bytes at once, each byte a lane of a 64-bit word: every test sets the
/// top bit of exactly the lanes it matches, so matches combine with `|` and are counted
/// with one population count. Page text and script bodies pass through these a word at
/// a time instead of a byte at a time.
enum ByteLanes {
    static let high: UInt64 = 0x8080_8080_8080_8080
    static let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    static let ones: UInt64 = 0x0101_0101_0101_0101

    /// Lanes holding exactly `byte`.
    @inline(__always) static func equal(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let flipped = word ^ (ones &* UInt64(byte))
        return ~(((flipped & low) &+ low) | flipped) & high
    }

    /// Lanes under 0x80 holding a byte above `lower` and below `upper` (both at most 0x80).
    @inline(__always) static func between(_ word: UInt64, above lower: UInt64, below upper: UInt64) -> UInt64 {
        let seven = word & low
        return ((ones &* (127 + upper)) &- seven) & ~word & (seven &+ ones &* (127 - lower)) & high
    }

    /// Lanes holding a byte below `upper` (at most 0x80).
    @inline(__always) static func below(_ word: UInt64, _ upper: UInt64) -> UInt64 {
        ~((word & low) &+ ones &* (128 - upper)) & ~word & high
    }

    /// Lanes holding a UTF-8 continuation byte (10xxxxxx).
    @inline(__always) static func continuation(_ word: UInt64) -> UInt64 {
        word & ~(word << 1) & high
    }
}
