import HTMLTree
import StoryKit

/// Turns an HTML page into a story: metadata first, then the article's container,
/// then its paragraphs, which go through the wire rules (byline, dateline, sign-off)
/// like any other article.
enum HTMLArticleReader {
    static func read(_ bytes: [UInt8], kind: PageKind, charset: String? = nil, location: String? = nil) throws(PageRejection) -> ParsedPage {
        let decision = CharsetSniffer.decide(bytes, declared: charset)
        do {
            return try read(decision, kind: kind, location: location)
        } catch .noArticleText where decision.encoding != "UTF-8" {
            // A page whose bytes break its declared encoding stops libxml2's decoder where
            // they break; read as UTF-8 (repaired byte by byte) it may still say something.
            return try read(CharsetSniffer.utf8(bytes), kind: kind, location: location)
        }
    }

    private static func read(_ decision: CharsetSniffer.Decision, kind: PageKind, location: String?) throws(PageRejection) -> ParsedPage {
        // A UTF-8 decision's bytes are checked or repaired UTF-8 (`CharsetSniffer`).
        let tree = HTMLParser.parse(
            UnclosedTitle.opened(decision.bytes), encoding: decision.encoding, keeping: Self.kept, checkedUTF8: decision.encoding == "UTF-8")
        guard !tree.nodes.isEmpty else { throw .noArticleText }
        let document = PageDocument(tree)
        var metadata = MetadataReader.read(tree)
        if metadata.url == nil { metadata.url = location }

        let blocks = BlockSegmenter.blocks(in: document, within: document.body)
        let roots = ContentScorer(document: document, blocks: blocks).articleRoots()
        let headingElements = Self.headingElements(document)
        let headings = Self.topHeadings(headingElements, in: tree)
        var chooser = HeadlineChooser(metadata: metadata, headings: headings)
        chooser.elementTexts = { Self.shortElementTexts(document) }
        chooser.minorHeadings = { Self.minorHeadings(document) }
        let openingIndices = blocks.indices.lazy.filter { index in
            blocks[index].length >= 60 && roots.contains { blocks[index].owner >= $0 && blocks[index].owner < tree[$0].end }
        }.prefix(3)
        let opening = openingIndices.map { blocks[$0] }
        chooser.linesAboveArticle = Self.titleLines(in: blocks[..<(openingIndices.first ?? 0)])
        chooser.leadWords = Set(opening.flatMap { HeadlineChooser.contentWords($0.text) })
        let headline = chooser.headline()
        let headlineElement = headline.flatMap { headline in headingElements.first { $0.text == headline }?.index }
        var paragraphs = ArticleBlocks(document: document).paragraphs(
            from: blocks, roots: roots, headline: headline, headlineElement: headlineElement
        )
        if paragraphs.isEmpty, let body = metadata.articleBody {
            paragraphs = body.components(separatedBy: "\n").map(\.trimmingSpaces).filter { !$0.isEmpty }
        }
        guard let headline = headline ?? paragraphs.first else { throw .noArticleText }

        var page = WirePageParser.parseArticle(headline: headline, paragraphs: paragraphs)
        if decision.repairedBytes > 0 { page.warnings.insert(.decodedAsWindows1252(bytes: decision.repairedBytes), at: 0) }
        var story = page.story
        let related = RelatedLinks(document: document, pageURL: metadata.url).items()
        if !related.isEmpty { story.latest = related }
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

    /// What the article reader looks at: the attributes its rules name, and the text
    /// of JSON-LD scripts only.
    static let kept = HTMLParseOptions(
        attributes: [
            "class", "id", "role", "itemprop", "aria-hidden", "hidden", "style", "href", "content", "property", "name",
            "http-equiv", "rel", "type", "datetime", "lang", "xml:lang", "charset",
        ],
        scriptTypes: ["application/ld+json"]
    )

    /// Every `h1` and `h2` with its text, in document order: read once, for the headline
    /// candidates and for finding the element of the headline chosen.
    private static func headingElements(_ document: PageDocument) -> [(index: Int, text: String)] {
        let tree = document.tree
        return tree.nodes.indices.lazy.filter { tree[$0].tag == .h1 || tree[$0].tag == .h2 }
            .map { ($0, headingText(document, $0)) }.filter { !$0.1.isEmpty }
    }

    /// The texts of the page's `h1` elements, then of its first eight `h2`s (the
    /// candidates for the headline).
    private static func topHeadings(_ elements: [(index: Int, text: String)], in tree: HTMLTree) -> [String] {
        elements.filter { tree[$0.index].tag == .h1 }.map(\.text) + elements.filter { tree[$0.index].tag == .h2 }.prefix(8).map(\.text)
    }

    /// The page's `h3` and `h4` texts and the short texts of elements named for a
    /// headline or title, in document order: where old pages put their headline.
    private static func minorHeadings(_ document: PageDocument) -> [String] {
        let tree = document.tree
        var texts: [String] = []
        for index in tree.nodes.indices where !tree[index].isText && !document.excluded[index] && texts.count < 40 {
            let tag = tree[index].tag
            var candidate = tag == .h3 || tag == .h4
            if !candidate, (10...300).contains(document.textLength[index]), tree[index].end - index <= 12 {
                let names = ((tree.attribute("class", of: index) ?? "") + " " + (tree.attribute("id", of: index) ?? "")).lowercased()
                candidate = ["headline", "title", "storyhead", "heading"].contains { names.includes($0) }
            }
            guard candidate else { continue }
            let text = headingText(document, index)
            if !text.isEmpty { texts.append(text) }
        }
        return texts
    }

    /// A heading's text without ruby annotations (`<rt>`) and without the kickers and
    /// screen-reader labels some sites put inside their `<h1>`.
    private static func headingText(_ document: PageDocument, _ heading: Int) -> String {
        let tree = document.tree
        var text = ""
        var index = heading + 1
        while index < tree[heading].end {
            let node = tree[index]
            if node.isText {
                text += tree.text(of: index)
                index += 1
            } else if tree.name(of: index) == "rt" || tree.name(of: index) == "rp" || isKicker(tree, index) {
                index = node.end
            } else {
                index += 1
            }
        }
        return CleanText.folded(text).trimmingSpaces
    }

    private static func isKicker(_ tree: HTMLTree, _ index: Int) -> Bool {
        guard let names = tree.attribute("class", of: index)?.lowercased() else { return false }
        return ["kicker", "overline", "visually-hidden", "sr-only", "screen-reader", "topline", "dachzeile", "eyebrow"]
            .contains { names.includes($0) }
    }

    /// The folded texts of small visible elements (at most 300 characters and a few
    /// dozen nodes, so the pass stays linear).
    private static func shortElementTexts(_ document: PageDocument) -> Set<String> {
        let tree = document.tree
        var texts: Set<String> = []
        for index in tree.nodes.indices where !tree[index].isText && !document.excluded[index] {
            switch tree[index].tag {
            case .script, .style, .a, .li, .option, .title, .head, .html, .body: continue
            default: break
            }
            guard (8...300).contains(document.textLength[index]), tree[index].end - index <= 40 else { continue }
            texts.insert(ArticleBlocks.key(tree.textContent(of: index)))
        }
        return texts
    }

    /// The blocks just before the article's first paragraph (inside its container or
    /// above it) that are shaped like a headline: a few words, no full stop, not a
    /// byline or a date line; nearest first.
    private static func titleLines(in blocks: ArraySlice<TextBlock>) -> [String] {
        var lines: [String] = []
        var looked = 0
        for block in blocks.reversed() {
            looked += 1
            guard lines.count < 4, looked <= 12 else { break }
            let words = block.text.split(separator: " ").count
            guard (3...30).contains(words), block.linkDensity < 0.5, !block.isCaption, !block.text.hasSuffix(".") else { continue }
            let lower = block.text.lowercasedQuickly
            guard !lower.hasPrefix("by "), !lower.hasPrefix("posted"), !lower.hasPrefix("updated") else { continue }
            lines.append(block.text)
        }
        return lines
    }

    private static func uniqued(_ names: [String]) -> [String] {
        var seen: Set<String> = []
        return names.filter { seen.insert($0.lowercased()).inserted }
    }
}
