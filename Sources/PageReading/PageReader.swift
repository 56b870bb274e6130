import StoryKit

/// The one entry point from a page's bytes to a story, whatever the page is: a tidy
/// wire page, an HTML page (also gzip-compressed or inside an MHTML archive), or a
/// text dump of a real page. The kind is told by the content, never by the file name.
public enum PageReader {
    /// Bumped whenever a rule changes what a page reads to (the wire parser's version
    /// is part of it), so the store re-reads stories an older reader stored.
    public static let version = 100 + WirePageParser.version

    /// The reader as the store takes it.
    public static let parser = PageParser(version: version) { bytes throws(PageRejection) in try read(bytes) }

    public static func read(_ input: [UInt8]) throws(PageRejection) -> ParsedPage {
        guard !input.isEmpty else { throw .empty }
        var bytes = input
        if GzipPage.isCompressed(bytes) {
            bytes = try GzipPage.decompress(bytes, limit: PageFile.sizeLimit)
            guard !bytes.isEmpty else { throw .empty }
        }
        if MHTMLArchive.looksLikeArchive(bytes) {
            let archive = try MHTMLArchive(bytes)
            return try HTMLArticleReader.read(archive.html, kind: .mhtml, charset: archive.charset, location: archive.location)
        }
        if PageKindSniffer.isHTML(bytes) {
            return try HTMLArticleReader.read(bytes, kind: .html)
        }
        return try TextPageReader.read(bytes)
    }
}
