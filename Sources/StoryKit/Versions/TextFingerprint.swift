/// What a story's text is made of, for telling one story filed several times (an
/// update with added paragraphs, the same wire copy on two sites, a corrected re-save)
/// from two stories: its word 4-shingles, and a MinHash signature of them cut into
/// bands, so the store finds the few candidates without comparing every pair.
///
/// Words are compared as `HeadlineKey` folds them (case, quotes, dashes and
/// punctuation do not count), so re-wrapping or curly quotes change nothing.
public struct TextFingerprint: Hashable, Sendable {
    /// Shingles are runs of this many words.
    public static let shingleWords = 4
    /// Below this many distinct shingles (about forty-five words) there is too little text
    /// to call two pages one story: empty pages, captions, a cookie notice, and the short
    /// notices written from one template ("item 12 was ready", "item 13 was ready").
    public static let minimumShingles = 40
    /// The MinHash signature's length, and the bands it is cut into (two values each):
    /// two stories whose shingles overlap by half share a band with probability 0.99.
    public static let signatureLength = 32
    public static let bandCount = 16

    /// The shingles' hashes, sorted, without repeats.
    public let shingles: [UInt64]

    public init(paragraphs: [String]) {
        // Words hashed straight from the folded UTF-8 (no strings made): every import
        // fingerprints every page.
        var wordHashes: [UInt64] = []
        for paragraph in paragraphs {
            let folded = HeadlineKey.normalisedUTF8(paragraph)
            folded.withUnsafeBytes { bytes in
                var start = 0
                for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x20 {
                    if index > start {
                        var hasher = StableHasher()
                        hasher.combine(bytes: UnsafeRawBufferPointer(rebasing: bytes[start..<index]))
                        wordHashes.append(hasher.finalize())
                    }
                    start = index + 1
                }
            }
        }
        var hashes: [UInt64] = []
        if wordHashes.count >= Self.shingleWords {
            hashes.reserveCapacity(wordHashes.count)
            for start in 0...(wordHashes.count - Self.shingleWords) {
                var shingle: UInt64 = 0x243F_6A88_85A3_08D3
                for word in wordHashes[start..<(start + Self.shingleWords)] { shingle = Self.mix(shingle ^ word) }
                hashes.append(shingle)
            }
        }
        hashes.sort()
        var unique: [UInt64] = []
        unique.reserveCapacity(hashes.count)
        for hash in hashes where unique.last != hash { unique.append(hash) }
        shingles = unique
    }

    /// Whether there is enough text to compare.
    public var isComparable: Bool { shingles.count >= Self.minimumShingles }

    /// The band keys of the MinHash signature; empty when there is too little text.
    /// Two stories that share a key are candidates, compared then by their shingles.
    public var bandKeys: [UInt32] {
        guard isComparable else { return [] }
        var minimums = [UInt64](repeating: .max, count: Self.signatureLength)
        for shingle in shingles {
            for index in 0..<Self.signatureLength {
                let value = Self.mix(shingle ^ Self.seeds[index])
                if value < minimums[index] { minimums[index] = value }
            }
        }
        let rows = Self.signatureLength / Self.bandCount
        return (0..<Self.bandCount).map { band in
            var hasher = StableHasher()
            hasher.combine(UInt8(band))
            for row in 0..<rows { hasher.combine(bytes: minimums[band * rows + row]) }
            return UInt32(truncatingIfNeeded: hasher.finalize())
        }
    }

    /// How much two texts share: Jaccard resemblance (shared over all shingles) and
    /// containment (shared over the smaller text's shingles).
    public func resemblance(to other: TextFingerprint) -> (jaccard: Double, containment: Double) {
        guard !shingles.isEmpty, !other.shingles.isEmpty else { return (0, 0) }
        var shared = 0
        var left = 0, right = 0
        while left < shingles.count && right < other.shingles.count {
            if shingles[left] == other.shingles[right] {
                shared += 1
                left += 1
                right += 1
            } else if shingles[left] < other.shingles[right] {
                left += 1
            } else {
                right += 1
            }
        }
        let union = shingles.count + other.shingles.count - shared
        return (Double(shared) / Double(union), Double(shared) / Double(min(shingles.count, other.shingles.count)))
    }

    // SplitMix64's finaliser: a good bit mixer for 64-bit keys.
    private static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    private static let seeds: [UInt64] = (0..<UInt64(signatureLength)).map { mix($0 &* 0xD1B5_4A32_D192_ED03 &+ 0x5851_F42D_4C95_7F2D) }
}

extension StableHasher {
    /// Folds in a 64-bit value's eight bytes.
    fileprivate mutating func combine(bytes value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { combine(bytes: $0) }
    }
}
