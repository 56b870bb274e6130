import StoryKit

extension Array where Element == UInt8 {
    /// The first occurrence of `needle` at or after `from`.
    func firstRange(of needle: [UInt8], from: Int) -> Range<Int>? {
        firstRange(of: needle, from: from, caseless: false)
    }

    /// The first occurrence of an ASCII `needle` (given in lower case) at or after
    /// `from` and before `end`, ignoring ASCII case, without copying the bytes.
    func firstRange(of needle: [UInt8], from: Int, to end: Int? = nil, caseless: Bool) -> Range<Int>? {
        withUnsafeBufferPointer { bytes in
            needle.withUnsafeBufferPointer { needle in bytes.firstRange(of: needle, from: from, to: end, caseless: caseless) }
        }
    }

    /// Whether an ASCII `needle` (lower case) occurs in the first `limit` bytes, in any case.
    func containsCaseless(_ needle: String, within limit: Int) -> Bool {
        firstRange(of: Array(needle.utf8), from: 0, to: limit, caseless: true) != nil
    }
}

extension UnsafeBufferPointer where Element == UInt8 {
    /// The search behind every byte search of the reader: the first occurrence of
    /// `needle` at or after `from` and before `end`; with `caseless`, the needle is ASCII
    /// in lower case and the bytes match it in any ASCII case. An empty needle is found
    /// nowhere.
    func firstRange(of needle: UnsafeBufferPointer<UInt8>, from: Int, to end: Int? = nil, caseless: Bool) -> Range<Int>? {
        let end = Swift.min(end ?? count, count)
        guard let first = needle.first, end - from >= needle.count else { return nil }
        var index = Swift.max(0, from)
        while index + needle.count <= end {
            let byte = self[index]
            if byte == first || (caseless && byte.asciiLowercased == first) {
                var offset = 1
                while offset < needle.count {
                    let candidate = self[index + offset]
                    if candidate != needle[offset] && !(caseless && candidate.asciiLowercased == needle[offset]) {
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

extension StringProtocol {
    /// Whether `needle` occurs in the text, byte for byte: the reader looks for ASCII
    /// marks (class-name parts, `://`, `ld+json`) thousands of times a page, and
    /// Foundation's `contains` sends each search through `NSString` and a Unicode-aware
    /// comparison that costs many times more. Like Foundation's, an empty needle is not found.
    func includes(_ needle: String) -> Bool {
        var needle = needle
        return needle.withUTF8 { wanted in
            let found = utf8.withContiguousStorageIfAvailable { bytes in bytes.firstRange(of: wanted, from: 0, caseless: false) != nil }
            return found ?? Array(utf8).withUnsafeBufferPointer { $0.firstRange(of: wanted, from: 0, caseless: false) != nil }
        }
    }
}
