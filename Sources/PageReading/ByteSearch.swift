extension Array where Element == UInt8 {
    /// The first occurrence of `needle` at or after `from`.
    func firstRange(of needle: [UInt8], from: Int) -> Range<Int>? {
        firstRange(of: needle, from: from, caseless: false)
    }

    /// The first occurrence of an ASCII `needle` (given in lower case) at or after
    /// `from` and before `end`, ignoring ASCII case, without copying the bytes.
    func firstRange(of needle: [UInt8], from: Int, to end: Int? = nil, caseless: Bool) -> Range<Int>? {
        let end = Swift.min(end ?? count, count)
        guard let first = needle.first, end - from >= needle.count else { return nil }
        return withUnsafeBufferPointer { bytes in
            var index = Swift.max(0, from)
            while index + needle.count <= end {
                let byte = bytes[index]
                if byte == first || (caseless && byte | 0x20 == first) {
                    var offset = 1
                    while offset < needle.count {
                        let candidate = bytes[index + offset]
                        if candidate != needle[offset] && !(caseless && candidate >= 0x41 && candidate <= 0x5A && candidate | 0x20 == needle[offset]) {
                            break
                        }
                        offset += 1
                    }
                    if offset == needle.count { return index..<(index + needle.count) }
                }
                index += 1
            }
            return nil
        }
    }

    /// Whether an ASCII `needle` (lower case) occurs in the first `limit` bytes, in any case.
    func containsCaseless(_ needle: String, within limit: Int) -> Bool {
        firstRange(of: Array(needle.utf8), from: 0, to: limit, caseless: true) != nil
    }
}

extension StringProtocol {
    /// Whether `needle` occurs in the text, byte for byte: the reader looks for ASCII
    /// marks (class-name parts, `://`, `ld+json`) thousands of times a page, and
    /// Foundation's `contains` sends each search through `NSString` and a Unicode-aware
    /// comparison that costs many times more.
    func includes(_ needle: String) -> Bool {
        var needle = needle
        return needle.withUTF8 { wanted in
            guard let first = wanted.first else { return true }
            let found = utf8.withContiguousStorageIfAvailable { bytes -> Bool in
                guard bytes.count >= wanted.count else { return false }
                for start in 0...(bytes.count - wanted.count) where bytes[start] == first {
                    var offset = 1
                    while offset < wanted.count && bytes[start + offset] == wanted[offset] { offset += 1 }
                    if offset == wanted.count { return true }
                }
                return false
            }
            return found ?? (Array(utf8).firstRange(of: Array(wanted), from: 0) != nil)
        }
    }
}
