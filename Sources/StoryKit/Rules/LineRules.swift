/// Rules that decide what one line of a page is. Each is a pure function of
/// the line, so the parser's structure pass stays a simple walk over lines.
enum LineRules {
    /// The headings that introduce a page's list of other stories.
    static func isLatestNewsHeading(_ line: Line) -> Bool {
        guard (4...24).contains(line.count), let first = line.bytes.first?.asciiLowercased,
            headingInitials.contains(first)
        else { return false }
        var lowered = String(decoding: line.bytes.map(\.asciiLowercased), as: UTF8.self)
        if lowered.hasSuffix(":") { lowered.removeLast() }
        return latestNewsHeadings.contains(lowered)
    }

    private static let latestNewsHeadings: Set<String> = [
        "latest news", "also read", "related news", "more stories", "trending",
        "trending now", "trending news", "related stories", "more news", "top stories",
    ]
    private static let headingInitials = Set(latestNewsHeadings.compactMap(\.utf8.first))

    /// A latest-news entry: a headline with a timestamp at the end of the line.
    static func latestItem(_ line: Line) -> LatestItem? {
        let bytes = line.bytes
        // The longest timestamp (`Wednesday, September 30, 2026, at 12:00 p.m. IST`) is about 50 bytes.
        let windowStart = Swift.max(bytes.startIndex, bytes.endIndex - 56)
        var start = windowStart
        while start < bytes.endIndex {
            let startsWord = start == bytes.startIndex || bytes[start - 1] == 0x20
            if startsWord, start > bytes.startIndex, bytes[start].isASCIIAlphanumeric {
                var cursor = TextCursor(bytes[start...])
                if let time = cursor.timestamp(), cursor.isAtEnd {
                    let headline = trimmingSeparators(bytes[bytes.startIndex..<start])
                    if !headline.isEmpty {
                        return LatestItem(headline: headline.utf8String, time: time)
                    }
                }
            }
            start += 1
        }
        return nil
    }

    /// Removes spaces and the separators some sites print between a headline and its time.
    static func trimmingSeparators(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var slice = bytes.trimmingSpaces()
        while true {
            if let last = slice.last, last == UInt8(ascii: "|") || last == UInt8(ascii: "-") || last == UInt8(ascii: ",") {
                slice = slice.dropLast().trimmingSpaces()
            } else if slice.count >= 3, slice.suffix(3).elementsEqual([0xE2, 0x80, 0x94]) || slice.suffix(3).elementsEqual([0xE2, 0x80, 0x93]) {
                slice = slice.dropLast(3).trimmingSpaces()
            } else {
                return slice
            }
        }
    }

    /// Agency desk tags printed under a sign-off: `ksk/`, `ab/kk`, `sp/arm/ksk`.
    static func isDeskTag(_ line: Line) -> Bool {
        guard line.count <= 40, line.bytes.contains(UInt8(ascii: "/")) else { return false }
        let words = line.bytes.split(separator: 0x20)
        guard !words.isEmpty, line.count <= 40 else { return false }
        return words.allSatisfy(isDeskTagWord)
    }

    static func isDeskTagWord(_ word: ArraySlice<UInt8>) -> Bool {
        guard word.count <= 24, word.contains(UInt8(ascii: "/")) else { return false }
        var letters = 0
        for byte in word {
            if byte == UInt8(ascii: "/") {
                letters = 0
            } else if byte.isASCIILetter {
                letters += 1
                if letters > 8 { return false }
            } else {
                return false
            }
        }
        return word.contains(where: \.isASCIILetter)
    }
}

extension UInt8 {
    var isASCIIAlphanumeric: Bool { isASCIILetter || isASCIIDigit }
}
