/// A page parser as a value: what turns a page's bytes into a story, and the version
/// of its rules.
///
/// The store is handed one instead of naming a parser itself, so it stays independent
/// of how pages are read (wire text here, HTML and page dumps in `PageReading`), and
/// the version tells it which stored stories an improved parser should read again.
public struct PageParser: Sendable {
    /// Bumped whenever a rule changes what a page parses to.
    public let version: Int
    private let body: @Sendable ([UInt8]) throws(PageRejection) -> ParsedPage

    public init(version: Int, parse: @escaping @Sendable ([UInt8]) throws(PageRejection) -> ParsedPage) {
        self.version = version
        self.body = parse
    }

    public func parse(_ bytes: [UInt8]) throws(PageRejection) -> ParsedPage {
        try body(bytes)
    }

    /// `parse` as a value, for call sites that collect failures rather than throw them.
    public func result(_ bytes: [UInt8]) -> Result<ParsedPage, PageRejection> {
        do { return .success(try body(bytes)) } catch { return .failure(error) }
    }

    /// The tidy wire-page parser alone.
    public static let wire = PageParser(version: WirePageParser.version) { bytes throws(PageRejection) in
        try WirePageParser.parse(bytes)
    }
}
