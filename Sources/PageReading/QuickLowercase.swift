import StoryKit

extension String {
    /// The same text as `lowercased()`, made faster for real pages.
    ///
    /// The standard library lower-cases byte by byte only text that is all ASCII; a
    /// single curly quote or dash in a paragraph sends every scalar of it through the
    /// Unicode case tables. Here ASCII letters are mapped by arithmetic, punctuation,
    /// CJK and Hangul (which have no case) are copied, and only the other scalars are
    /// looked up, one by one, exactly as `lowercased()` does.
    var lowercasedQuickly: String {
        if utf8.allSatisfy({ $0 < 0x80 }) { return lowercased() }
        var result: [UInt8] = []
        result.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                let byte = UInt8(value)
                result.append(byte.asciiLowercased)
            } else if Self.hasNoCase(value) {
                result.append(contentsOf: UTF8.encode(scalar)!)
            } else {
                result.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Blocks with no upper- or lower-case letter at all: general punctuation, currency
    /// signs, CJK punctuation, kana and ideographs, Hangul syllables.
    private static func hasNoCase(_ value: UInt32) -> Bool {
        (0x2000...0x206F).contains(value) || (0x20A0...0x20CF).contains(value) || (0x3000...0x9FFF).contains(value)
            || (0xAC00...0xD7A3).contains(value)
    }
}
