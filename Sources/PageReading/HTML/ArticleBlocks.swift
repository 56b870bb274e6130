import HTMLTree

/// Chooses, among the blocks inside the article's container, the ones a reader
/// would call the article: its paragraphs, sub-headings, list items and quotes, and
/// not the captions, link lists, labels and tool bars that sit among them.
struct ArticleBlocks {
    let document: PageDocument

    func paragraphs(from blocks: [TextBlock], roots: [Int], headline: String?, headlineElement: Int? = nil) -> [String] {
        let tree = document.tree
        let ranges = roots.map { $0..<tree[$0].end }
        var inside = blocks.filter { block in ranges.contains { $0.contains(block.owner) } }
        if let headlineElement, let first = roots.first, headlineElement < first {
            inside = standfirst(in: blocks, between: tree[headlineElement].end, and: first) + inside
        }
        let headlineKey = headline.map(Self.key)
        var kept: [TextBlock] = []
        for block in inside {
            if block.isCaption { continue }
            if let level = block.headingLevel {
                if level == 1 || headlineKey == Self.key(block.text) { continue }
                if block.linkDensity > 0.5 { continue }
                kept.append(block)
                continue
            }
            if block.linkDensity > 0.5 && !(block.length > 200 && block.linkDensity < 0.7) { continue }
            if block.negativeAncestors > 0 && block.length < 60 { continue }
            if block.isListItem && block.linkDensity > 0.3 { continue }
            kept.append(block)
        }
        // A heading with nothing after it (a "Related" title left over) is not a sub-heading.
        while let last = kept.last, last.headingLevel != nil { kept.removeLast() }
        return kept.map(\.text)
    }

    /// The lead paragraphs many sites print between the headline and the article's
    /// container (a standfirst, a teaser, an intro), which belong to the article.
    private func standfirst(in blocks: [TextBlock], between start: Int, and end: Int) -> [TextBlock] {
        blocks.filter { block in
            block.owner >= start && block.owner < end && block.headingLevel == nil && !block.isCaption
                && !block.isListItem && block.length >= 60 && block.linkDensity < 0.2 && block.negativeAncestors == 0
        }
    }

    /// A headline compared loosely: case and spaces do not matter.
    static func key(_ text: String) -> String {
        CleanText.folded(text).lowercasedQuickly.trimmingSpaces
    }
}
