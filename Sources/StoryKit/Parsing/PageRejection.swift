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
