import HTMLTree
import StoryKit

/// Turns an HTML page into a story: metadata first, then the article's container,
/// then its paragraphs, which go through the wire rules (byline, dateline, sign-off)
/// like any other article.
enum HTMLArticleReader {
    static func read(_ bytes: [UInt8], kind: PageKind, charset: String? = nil, location: String? = nil) throws(PageRejection) -> ParsedPage {
        let decision = CharsetSniffer.decide(bytes, declared: charset)
        let tree = HTMLParser.parse(decision.bytes, encoding: decision.encoding)
        guard !tree.nodes.isEmpty else { throw .noArticleText }
        let document = PageDocument(tree)
        var metadata = MetadataReader.read(tree)
        if metadata.url == nil { metadata.url = location }

        let blocks = BlockSegmenter.blocks(in: document, within: document.body)
        let roots = ContentScorer(document: document, blocks: blocks).articleRoots()
        let headings = Self.topHeadings(document)
        let headline = HeadlineChooser(metadata: metadata, headings: headings).headline()
        var paragraphs = ArticleBlocks(document: document).paragraphs(from: blocks, roots: roots, headline: headline)
        if paragraphs.isEmpty, let body = metadata.articleBody {
            paragraphs = body.components(separatedBy: "\n").map(\.trimmingSpaces).filter { !$0.isEmpty }
        }
        guard let headline = headline ?? paragraphs.first else { throw .noArticleText }

        var page = WirePageParser.parseArticle(headline: headline, paragraphs: paragraphs)
        if decision.repairedBytes > 0 { page.warnings.insert(.decodedAsWindows1252(bytes: decision.repairedBytes), at: 0) }
        var story = page.story
        story.kind = kind
        story.url = metadata.url
        story.site = metadata.site
        story.authors = Self.uniqued(metadata.authors)
        story.language = metadata.language
        switch metadata.published.flatMap(StatedTime.read) {
        case .time(let time)?:
            story.published = time
            story.date = time.date
        case .day(let day)?:
            story.date = day
        case nil:
            break
        }
        page.story = story
        return page
    }

    /// The texts of the page's `h1` elements, then its `h2`s, in document order (the
    /// candidates for the headline).
    private static func topHeadings(_ document: PageDocument) -> [String] {
        let tree = document.tree
        var first: [String] = [], second: [String] = []
        for index in tree.nodes.indices where tree[index].tag == .h1 || tree[index].tag == .h2 {
            let text = BlockSegmenter.foldingSpaces(tree.textContent(of: index)).trimmingSpaces
            guard !text.isEmpty else { continue }
            if tree[index].tag == .h1 { first.append(text) } else { second.append(text) }
        }
        return first + second.prefix(8)
    }

    private static func uniqued(_ names: [String]) -> [String] {
        var seen: Set<String> = []
        return names.filter { seen.insert($0.lowercased()).inserted }
    }
}
