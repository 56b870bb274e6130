/// Why a file holds no article at all. Each case reads as the reason half of
/// a one-line error such as `page.txt: not a text file (PNG image)`.
public enum PageRejection: Error, Hashable, Sendable, CustomStringConvertible {
    case empty
    case onlyWhiteSpace
    case binary(kind: String?)
    case onlyPageFurniture
    /// The file is a container or encoding Byline reads, but this one is damaged.
    case unreadable(String)
    /// The page is larger than Byline reads once unwrapped.
    case tooLarge(String)
    /// An HTML page in which no article text was found.
    case noArticleText

    public var description: String {
        switch self {
        case .empty: "empty file"
        case .onlyWhiteSpace: "no text (only white space)"
        case .binary(let kind?): "not a text file (\(kind))"
        case .binary(nil): "not a text file (binary data)"
        case .onlyPageFurniture: "no article text (only page furniture such as menus and share buttons)"
        case .unreadable(let reason): reason
        case .tooLarge(let reason): "too large (\(reason))"
        case .noArticleText: "no article text found in the page"
        }
    }
}

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

/// Tells text from binary data by looking at a page's first bytes.
enum BinarySniffer {
    /// The kind of binary file, or nil when the bytes look like text. A few stray
    /// control characters (even NUL) do not make a page binary; more than one in twenty does.
    static func rejection(for bytes: [UInt8]) -> PageRejection? {
        for (magic, kind) in signatures where bytes.starts(with: magic) {
            return .binary(kind: kind)
        }
        let sample = bytes.prefix(8192)
        var controls = 0
        for byte in sample {
            if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D, byte != 0x0C, byte != 0x1B {
                controls += 1
            }
        }
        return controls > max(8, sample.count / 20) ? .binary(kind: nil) : nil
    }

    private static let signatures: [([UInt8], String)] = [
        ([0x25, 0x50, 0x44, 0x46, 0x2D], "PDF document"),
        ([0x89, 0x50, 0x4E, 0x47], "PNG image"),
        ([0xFF, 0xD8, 0xFF], "JPEG image"),
        ([0x47, 0x49, 0x46, 0x38], "GIF image"),
        ([0x50, 0x4B, 0x03, 0x04], "ZIP archive"),
        ([0x1F, 0x8B], "gzip data"),
        ([0x7F, 0x45, 0x4C, 0x46], "ELF executable"),
    ]
}
