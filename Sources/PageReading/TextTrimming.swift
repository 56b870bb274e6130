extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and line breaks.
    var trimmingSpaces: String {
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
