import HTMLTree

/// An HTML page prepared for finding its article: for every node, what its class and
/// id say, how much visible text and link text it holds, and whether it is shown at all.
///
/// Everything here is computed in one or two passes over the flat tree, so the
/// scoring that follows never walks a subtree twice.
struct PageDocument {
    let tree: HTMLTree
    let hints: [ElementHint]
    /// Visible characters (spaces not counted) under each node.
    let textLength: [Int]
    /// Visible characters under each node that are inside links.
    let linkLength: [Int]
    /// Whether each node is left out with everything below it (hidden, a script, a menu…).
    let excluded: [Bool]
    /// The `body` element (or the root when a page has none).
    let body: Int

    init(_ tree: HTMLTree) {
        self.tree = tree
        let count = tree.nodes.count
        var hints = [ElementHint](repeating: .neutral, count: count)
        var invisible = [Bool](repeating: false, count: count)
        var remembered = HintCache(expectedValues: 512)
        for index in 0..<count where !tree[index].isText {
            // Most elements carry no attributes at all; only their tag can hide them.
            let hasAttributes = !tree.attributes(of: index).isEmpty
            if hasAttributes { hints[index] = Self.hint(tree, index, remembered: &remembered) }
            invisible[index] = Self.isInvisible(tree, index, hasAttributes: hasAttributes)
        }
        // Lengths, children before parents: the array is in document order, so walking it
        // backwards reaches every node after all of its descendants.
        var text = [Int](repeating: 0, count: count)
        var links = [Int](repeating: 0, count: count)
        for index in stride(from: count - 1, through: 0, by: -1) {
            let node = tree[index]
            if node.isText {
                text[index] = tree.visibleLength(of: index)
            } else if node.tag == .a {
                links[index] = text[index]
            }
            guard node.parent != HTMLTree.none, !invisible[index] else { continue }
            text[node.parent] += text[index]
            links[node.parent] += links[index]
        }
        let body = tree.first(.body) ?? tree.root
        // Boilerplate by name is left out unless it holds the article itself (a wrapper
        // called "page-with-sidebar" around `<article>` or the headline is not a sidebar)
        // or most of the page's prose; a "comment-area" is a comment area however much
        // prose its comments hold.
        var holdsArticle = [Bool](repeating: false, count: count)
        for index in stride(from: count - 1, through: 1, by: -1) {
            let node = tree[index]
            guard node.parent != HTMLTree.none else { continue }
            let isArticle = node.tag == .article || node.tag == .main || node.tag == .h1 || hints[index] == .articleBody
            if holdsArticle[index] || isArticle { holdsArticle[node.parent] = true }
        }
        let pageProse = body >= 0 ? max(1, text[body] - links[body]) : 1
        var excluded = invisible
        for index in 0..<count where hints[index] == .boilerplate && !invisible[index] {
            let prose = text[index] - links[index]
            let holdsMostProse = prose * 5 >= pageProse * 2 && !ElementHint.namesComments(tree, index)
            excluded[index] = tree[index].tag == .nav || !(holdsArticle[index] || holdsMostProse)
        }
        self.hints = hints
        self.textLength = text
        self.linkLength = links
        self.excluded = excluded
        self.body = body
    }

    /// `ElementHint.of`, asking it only once per distinct class-and-id string.
    private static func hint(_ tree: HTMLTree, _ index: Int, remembered: inout HintCache) -> ElementHint {
        let structural = ElementHint.structural(tree, index)
        if let structural { return structural }
        var combined = ElementHint.neutral
        for attribute in tree.attributes(of: index) where attribute.name == "class" || attribute.name == "id" {
            let hint = tree.withValueBytes(of: attribute) { value in
                value.isEmpty ? nil : remembered.hint(for: value) { ElementHint.of(names: String(decoding: value, as: UTF8.self).lowercased()) }
            }
            if let hint { combined = combined.combined(with: hint) }
        }
        return combined
    }

    /// Share of a node's text that is link text.
    func linkDensity(_ index: Int) -> Double {
        textLength[index] == 0 ? 0 : Double(linkLength[index]) / Double(textLength[index])
    }

    /// Elements whose content a reader never sees as text.
    private static func isInvisible(_ tree: HTMLTree, _ index: Int, hasAttributes: Bool) -> Bool {
        switch tree[index].tag {
        case .script, .style, .noscript, .template, .svg, .math, .iframe, .object, .embed, .canvas, .select, .option,
            .button, .textarea, .input, .title, .meta, .link, .base, .video, .audio, .map, .dialog, .nav,
            .label, .aside, .footer:
            return true
        case .form where tree.attribute("role", of: index) == "search":
            return true
        default:
            break
        }
        // Ruby annotations (furigana over Japanese text) are read aloud, not read on.
        if tree[index].tag == .other, tree.name(of: index) == "rt" || tree.name(of: index) == "rp" { return true }
        guard hasAttributes else { return false }
        for attribute in tree.attributes(of: index) {
            if attribute.name == "hidden" { return true }
            guard attribute.name == "style" else { continue }
            let hides = tree.withValueBytes(of: attribute) { style in
                hidingRules.contains { rule in rule.withUnsafeBufferPointer { style.firstRange(of: $0, from: 0, caseless: true) != nil } }
            }
            if hides { return true }
        }
        return false
    }

    /// Inline styles that hide an element, as lower-case bytes.
    private static let hidingRules = ["display:none", "display: none", "visibility:hidden", "visibility: hidden"].map { Array($0.utf8) }
}
