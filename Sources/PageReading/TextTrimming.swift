extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and line breaks (characters,
    /// so a `\r\n` pair, one character, stays).
    ///
    /// Where both ends meet ASCII, the ends are found on bytes; only text whose kept part
    /// begins or ends with a non-ASCII scalar next to a trimmed space (which a combining
    /// mark could join into one character) is walked character by character.
    var trimmingSpaces: String {
        let ends: (first: Int, end: Int, needsCharacters: Bool)? = utf8.withContiguousStorageIfAvailable { bytes in
            var first = 0
            while first < bytes.count, Self.isTrimmedSpace(bytes[first]) {
                if bytes[first] == 0x0D, first + 1 < bytes.count, bytes[first + 1] == 0x0A { break }
                first += 1
            }
            guard first < bytes.count else { return (0, 0, false) }
            var end = bytes.count
            while end > first, Self.isTrimmedSpace(bytes[end - 1]) {
                if bytes[end - 1] == 0x0A, end - 1 > first, bytes[end - 2] == 0x0D { break }
                end -= 1
            }
            let needsCharacters = (first > 0 && bytes[first] >= 0x80) || (end < bytes.count && bytes[end - 1] >= 0x80)
            return (first, end, needsCharacters)
        }
        guard let ends, !ends.needsCharacters else { return characterTrimmed }
        guard ends.end > ends.first else { return "" }
        let start = utf8.index(utf8.startIndex, offsetBy: ends.first)
        return String(self[start..<utf8.index(start, offsetBy: ends.end - ends.first)])
    }

    private static func isTrimmedSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A
    }

    /// `trimmingSpaces` on characters, for text whose ends need grapheme rules.
    private var characterTrimmed: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}

extension StringProtocol {
    /// The text without any of `characters` at either end.
    func trimming(_ characters: String) -> String {
        guard let first = firstIndex(where: { !characters.contains($0) }), let last = lastIndex(where: { !characters.contains($0) })
        else { return "" }
        return String(self[first...last])
    }
}

extension Substring {
    /// The pieces between occurrences of `separator` (which must not be empty).
    func pieces(separatedBy separator: String) -> [Substring] {
        let needle = Array(separator.utf8)
        var pieces: [Substring] = []
        var pieceStart = startIndex
        var index = startIndex
        let bytes = utf8
        while index < endIndex {
            var probe = index
            var matched = 0
            while matched < needle.count, probe < endIndex, bytes[probe] == needle[matched] {
                probe = bytes.index(after: probe)
                matched += 1
            }
            if matched == needle.count {
                pieces.append(self[pieceStart..<index])
                pieceStart = probe
                index = probe
            } else {
                index = bytes.index(after: index)
            }
        }
        pieces.append(self[pieceStart..<endIndex])
        return pieces
    }
}
