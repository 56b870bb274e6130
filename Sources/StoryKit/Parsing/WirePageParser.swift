/// Turns the bytes of a saved news page into a `Story`.
///
/// This is the one parser every part of Byline uses (import, re-parse,
/// `byline parse`), so its rules live here and nowhere else. It makes one
/// pass over the bytes to decode and clean them, then one walk over the
/// lines; no rule looks further than a fixed distance, so the work is
/// linear in the size of the page whatever the input.
public enum WirePageParser {
    /// Headlines longer than this are shortened; the full line is kept as body text.
    public static let headlineLimit = 300

    /// Bumped whenever a rule changes what a page parses to, so the store knows
    /// which stories `byline reparse` and re-imports should read again.
    public static let version = 1

    public static func parse(_ bytes: [UInt8]) throws(PageRejection) -> ParsedPage {
        guard !bytes.isEmpty else { throw .empty }
        let utf8 = UTF16Transcoder.utf8IfUTF16(bytes) ?? bytes
        if let rejection = BinarySniffer.rejection(for: utf8) { throw rejection }
        let text = PageTextScanner.scan(utf8)
        var reader = PageStructureReader(text: text)
        return try reader.read()
    }

    /// The wire rules applied to an article that another reader took out of a real page:
    /// the byline, dateline, sign-off, desk tags and latest-news list are found in its
    /// paragraphs as they would be on a wire page, under a headline already chosen.
    /// Whether `paragraph` opens with a dateline (`SEOUL, Dec 25 (IANS) —`,
    /// `LONDON (Reuters) -`): the first paragraph of agency copy.
    public static func opensWithDateline(_ paragraph: String) -> Bool {
        DatelineRule(paragraph: paragraph) != nil
    }

    public static func parseArticle(headline: String, paragraphs: [String]) -> ParsedPage {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(paragraphs.reduce(0) { $0 + $1.utf8.count + 2 })
        for paragraph in paragraphs {
            bytes += paragraph.utf8
            bytes += [0x0A, 0x0A]
        }
        var reader = PageStructureReader(text: PageTextScanner.scan(bytes))
        return reader.read(headline: cleaned(headline))
    }

    /// A headline another reader chose, cleaned as every line of a page is: white space
    /// folded (a line break becomes a space), controls and escape sequences removed.
    private static func cleaned(_ headline: String) -> String {
        let text = PageTextScanner.scan(Array(headline.utf8))
        return (0..<text.lineCount).map { text.line($0) }.filter { !$0.isBlank }.map(\.text).joined(separator: " ")
    }

    /// `parse` as a value, for call sites that collect failures rather than throw them.
    public static func result(_ bytes: [UInt8]) -> Result<ParsedPage, PageRejection> {
        do { return .success(try parse(bytes)) } catch { return .failure(error) }
    }
}
