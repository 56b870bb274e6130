/// What the parser had to guess or skip; the page was still read.
public enum ParseWarning: Hashable, Sendable, CustomStringConvertible {
    case decodedAsWindows1252(bytes: Int)
    case removedControlCharacters(count: Int)
    case shortenedHeadline(originalLength: Int)
    case unknownYear
    case skippedLatestNewsLines(count: Int)
    case noBodyText

    public var description: String {
        switch self {
        case .decodedAsWindows1252(let bytes):
            "read \(bytes) \(bytes == 1 ? "byte" : "bytes") as Windows-1252 (not valid UTF-8)"
        case .removedControlCharacters(let count):
            "removed \(count) control \(count == 1 ? "character or escape sequence" : "characters or escape sequences")"
        case .shortenedHeadline(let length):
            "first line is \(length) characters long; headline shortened, full text kept as the first paragraph"
        case .unknownYear:
            "dateline has no year and the page has no timestamp; date unknown"
        case .skippedLatestNewsLines(let count):
            "skipped \(count) \(count == 1 ? "line" : "lines") without a timestamp in the latest-news list"
        case .noBodyText:
            "no body text"
        }
    }
}
