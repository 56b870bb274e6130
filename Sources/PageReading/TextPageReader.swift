import StoryKit

/// Reads a plain-text page: a tidy wire page as the wire parser always has, and any
/// other text (a dump of a real page with its menus and footers) by finding the
/// article among its lines first.
enum TextPageReader {
    static func read(_ bytes: [UInt8]) throws(PageRejection) -> ParsedPage {
        let wire = try WirePageParser.parse(bytes)
        if isTidy(wire.story) { return wire }
        return DumpArticleReader.read(bytes) ?? wire
    }

    /// A wire page starts with its article: its second line is a byline, or its first
    /// paragraph opens with a dateline. A dump starts with a site's header instead.
    static func isTidy(_ story: Story) -> Bool {
        story.byline != nil || story.place != nil
    }
}
