import StoryKit

/// Reads a plain-text page: a tidy wire page as the wire parser always has, and any
/// other text (a dump of a real page with its menus and footers) by finding the
/// article among its lines first.
enum TextPageReader {
    static func read(_ bytes: [UInt8]) throws(PageRejection) -> ParsedPage {
        let wire = try WirePageParser.parse(bytes)
        if isTidy(wire.story) || bytes.count > dumpLimit { return wire }
        guard let dump = DumpArticleReader.read(bytes) else { return wire }
        // A tidy page without a byline or dateline still starts with its headline and has
        // nothing but its article below it: when the dump reader finds the same headline
        // and keeps nearly all the text, the page is read as it always was.
        let sameArticle =
            dump.story.headline == wire.story.headline
            && Self.textLength(dump.story) * 5 >= Self.textLength(wire.story) * 4
        return sameArticle ? wire : dump
    }

    private static func textLength(_ story: Story) -> Int {
        story.body.reduce(0) { $0 + $1.utf8.count }
    }

    /// Dumps of real pages run to a few hundred kilobytes; a text file larger than this
    /// is read by the wire rules alone, which do work linear in the size of any text and
    /// fast.
    static let dumpLimit = 1 << 20

    /// A wire page starts with its article: its second line is a byline, or its first
    /// paragraph opens with a dateline. A dump starts with a site's header instead.
    static func isTidy(_ story: Story) -> Bool {
        story.byline != nil || story.place != nil
    }
}
