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
