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

/// The form of a headline used to match it with mentions elsewhere: lower case,
/// curly quotes and dashes folded, punctuation dropped, single spaces.
///
/// "'We will rebuild the pier', says island council head" and
/// "‘We will rebuild the pier’, says Island Council head" are the same story.
public enum HeadlineKey {
    public static func normalised(_ text: String) -> String {
        String(decoding: normalisedUTF8(text), as: UTF8.self)
    }

    /// The normalised form as UTF-8 bytes, built without intermediate strings: the
    /// store hashes a headline and every latest-news item of every imported page.
    static func normalisedUTF8(_ text: String) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        func beginWord() {
            if pendingSpace && !output.isEmpty { output.append(0x20) }
            pendingSpace = false
        }
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                if byte.isASCIIAlphanumeric {
                    beginWord()
                    output.append(byte.asciiLowercased)
                } else {
                    pendingSpace = true
                }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                beginWord()
                for lower in scalar.properties.lowercaseMapping.unicodeScalars { output.append(contentsOf: UTF8.encode(lower)!) }
            } else if scalar.properties.generalCategory == .nonspacingMark {
                output.append(contentsOf: UTF8.encode(scalar)!)
            } else {
                pendingSpace = true
            }
        }
        return output
    }

    /// The 64-bit hash of the normalised headline, as the store indexes it.
    public static func hash(_ headline: String) -> UInt64 {
        var hasher = StableHasher()
        normalisedUTF8(headline).withUnsafeBytes { hasher.combine(bytes: $0) }
        return hasher.finalize()
    }
}

/// A 64-bit hash that is the same on every machine and in every run (Swift's
/// `Hasher` is seeded per process, so it cannot name files).
public struct StableHasher {
    private var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    private var length: UInt64 = 0

    public init() {}

    public mutating func combine(_ text: String) {
        var copy = text
        copy.withUTF8 { combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    public mutating func combine(_ byte: UInt8) {
        mix(UInt64(byte) | 0x100)
        length += 1
    }

    /// Eight bytes at a time, then the tail; about 2 GB/s on the development machine.
    public mutating func combine(bytes: UnsafeRawBufferPointer) {
        var offset = 0
        let count = bytes.count
        while offset + 8 <= count {
            mix(bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self).littleEndian)
            offset += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while offset < count {
            tail |= UInt64(bytes[offset]) << shift
            shift += 8
            offset += 1
        }
        mix(tail ^ (UInt64(count & 7) << 56))
        length &+= UInt64(count)
    }

    public mutating func combine(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { combine(bytes: $0) }
    }

    @inline(__always)
    private mutating func mix(_ word: UInt64) {
        state = (state ^ (word &* 0x87C3_7B91_1142_53D5)).rotateLeft(31) &* 0x4CF5_AD43_2745_937F
    }

    public func finalize() -> UInt64 {
        // MurmurHash3's fmix64 finaliser, so every input bit reaches every output bit.
        var z = state ^ length
        z ^= z >> 33
        z = z &* 0xFF51_AFD7_ED55_8CCD
        z ^= z >> 33
        z = z &* 0xC4CE_B9FE_1A85_EC53
        z ^= z >> 33
        return z
    }
}

extension UInt64 {
    @inline(__always)
    func rotateLeft(_ count: UInt64) -> UInt64 { (self << count) | (self >> (64 - count)) }
}

extension StableHasher {
    /// The hash of one run of bytes.
    public static func hash(_ bytes: [UInt8]) -> UInt64 {
        var hasher = StableHasher()
        hasher.combine(bytes)
        return hasher.finalize()
    }
}
