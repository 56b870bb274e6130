/// A `<title>` that is never closed makes the HTML parser read the rest of the page
/// as the title's text, so a page truncated or broken that way would show no article.
/// Such a title is opened up: its start tag is renamed, and what follows is read as
/// markup again.
enum UnclosedTitle {
    static func opened(_ bytes: [UInt8]) -> [UInt8] {
        let lowered = bytes.prefix(1 << 16).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        guard let start = lowered.firstRange(of: Array("<title".utf8), from: 0) else { return bytes }
        if lowered.firstRange(of: Array("</title".utf8), from: start.upperBound) != nil { return bytes }
        // Only the first 64 KB were lowered; a closing tag further on still counts.
        if bytes.count > lowered.count,
           Array(bytes[lowered.count...]).map({ $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }).firstRange(of: Array("</title".utf8), from: 0) != nil {
            return bytes
        }
        var copy = bytes
        copy[start.lowerBound + 1] = UInt8(ascii: "x")
        return copy
    }
}
