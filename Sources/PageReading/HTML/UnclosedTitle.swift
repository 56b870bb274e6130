/// A `<title>` that is never closed makes the HTML parser read the rest of the page
/// as the title's text, so a page truncated or broken that way would show no article.
/// Such a title is opened up: its start tag is renamed, and what follows is read as
/// markup again.
enum UnclosedTitle {
    static func opened(_ bytes: [UInt8]) -> [UInt8] {
        guard let start = bytes.firstRange(of: Array("<title".utf8), from: 0, to: 1 << 16, caseless: true),
            bytes.firstRange(of: Array("</title".utf8), from: start.upperBound, caseless: true) == nil
        else { return bytes }
        var copy = bytes
        copy[start.lowerBound + 1] = UInt8(ascii: "x")
        return copy
    }
}
