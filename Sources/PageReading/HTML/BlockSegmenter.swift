import HTMLTree

/// Cuts a page's visible text into `TextBlock`s, in document order.
///
/// A block starts and ends wherever a block-level element starts or ends (and at
/// `<br>`), so `<p>One <b>two</b></p><p>Three</p>` gives two blocks and inline
/// markup never splits a sentence. Excluded subtrees (scripts, hidden elements,
/// menus and other boilerplate by name) are skipped whole.
struct BlockSegmenter {
    private let document: PageDocument
    private var blocks: [TextBlock] = []
    private var current: TextBlock?
    /// Open elements, innermost last, with where each one ends.
    private var open: [(index: Int, end: Int)] = []
    /// Open block elements, innermost last: the owner of the text that comes next.
    private var openBlocks: [Int] = []
    /// How many open elements of each kind enclose the text that comes next, kept as
    /// counts so that a page nested 100,000 deep costs no more per node than a flat one.
    private var context = OpenContext()

    static func blocks(in document: PageDocument, within root: Int) -> [TextBlock] {
        var segmenter = BlockSegmenter(document: document)
        segmenter.run(root)
        return segmenter.blocks
    }

    private init(document: PageDocument) {
        self.document = document
    }

    private mutating func run(_ root: Int) {
        let tree = document.tree
        guard root >= 0 else { return }
        var index = root
        let end = tree[root].end
        while index < end {
            while let last = open.last, last.end <= index {
                open.removeLast()
                context.leave(effectiveTag(last.index), hint: document.hints[last.index])
                if tree[last.index].tag.isBlock {
                    openBlocks.removeLast()
                    flush()
                }
            }
            let node = tree[index]
            if node.isText {
                append(readableText(of: index), length: document.textLength[index])
                index += 1
                continue
            }
            if document.excluded[index] {
                index = node.end
                continue
            }
            if node.tag.isBlock { flush() }
            if node.tag == .br || node.tag == .hr {
                index += 1
                continue
            }
            open.append((index, node.end))
            context.enter(effectiveTag(index), hint: document.hints[index])
            if node.tag.isBlock { openBlocks.append(index) }
            index += 1
        }
        flush()
    }

    /// A text node's text as a reader sees it: folded, or as written inside `<pre>`. Text
    /// of white space alone (between tags, most text nodes of a page) folds to one space,
    /// which is known without making a string of it.
    private func readableText(of index: Int) -> String {
        let tree = document.tree
        if context.preformatted > 0 { return tree.text(of: index) }
        return tree.visibleLength(of: index) == 0 ? " " : CleanText.folded(tree.text(of: index))
    }

    private mutating func append(_ text: String, length: Int) {
        guard !text.isEmpty else { return }
        if current == nil {
            if text == " " { return }
            current = startBlock()
        }
        // Taken out rather than copied, so its text is uniquely held and grows in place
        // (a copy would make every append copy the whole block so far).
        guard var block = current.take() else { return }
        if text == " " {
            if !block.text.hasSuffix(" ") { block.text += " " }
        } else {
            if block.text.hasSuffix(" ") && text.hasPrefix(" ") { block.text += text.dropFirst() } else { block.text += text }
            block.length += length
            if context.links > 0 { block.linkLength += length }
        }
        current = block
    }

    /// An element's tag as far as reading goes: a "heading" that holds a whole article
    /// (a page whose `<h2>` is never closed) is a plain box, not a heading.
    private func effectiveTag(_ index: Int) -> HTMLTag {
        let tag = document.tree[index].tag
        return tag.headingLevel != nil && document.textLength[index] > 400 ? .div : tag
    }

    /// A new block owned by the innermost open block element.
    private func startBlock() -> TextBlock {
        let owner = openBlocks.last ?? open.last?.index ?? document.body
        var block = TextBlock(text: "", owner: owner, tag: owner >= 0 ? document.tree[owner].tag : .other)
        block.headingLevel = context.headingLevel
        block.isCaption = context.captions > 0
        block.isListItem = context.listItems > 0
        block.isQuote = context.quotes > 0
        block.isPreformatted = context.preformatted > 0
        block.negativeAncestors = context.negative
        return block
    }

    private mutating func flush() {
        guard var block = current.take() else { return }
        block.text = block.isPreformatted ? block.text : block.text.trimmingSpaces
        guard block.length > 0 else { return }
        blocks.append(block)
    }
}
