import HTMLTree

/// Finds the element that holds a page's article, by what it holds rather than by
/// where it sits: every paragraph of prose gives points to its parent and, less, to
/// the elements above that; links, boilerplate names and list or heading tags take
/// points away. The best-scoring element is the article's container, and the siblings
/// that score nearly as well (an article split by an ad slot) join it.
struct ContentScorer {
    let document: PageDocument
    let blocks: [TextBlock]

    /// The elements whose blocks make up the article, in document order.
    func articleRoots() -> [Int] {
        let tree = document.tree
        var scores = [Double](repeating: 0, count: tree.nodes.count)
        var scored = [Bool](repeating: false, count: tree.nodes.count)
        var candidates: [Int] = []
        for block in blocks where !block.isCaption && block.headingLevel == nil && Self.isProse(block) {
            let points = 1 + Double(Self.commas(in: block.text)) + min(Double(block.length) / 100, 3)
            var ancestor =
                block.tag == .p || block.tag == .pre || block.tag == .td || block.tag == .blockquote
                    || block.tag == .li || block.tag == .dd ? tree[block.owner].parent : block.owner
            var level = 0
            while ancestor >= 0 && level < 5 {
                if !scored[ancestor] {
                    scored[ancestor] = true
                    candidates.append(ancestor)
                }
                let divider = level == 0 ? 1.0 : level == 1 ? 2.0 : Double(level * 3)
                scores[ancestor] += points / divider
                ancestor = tree[ancestor].parent
                level += 1
            }
        }
        guard !candidates.isEmpty else { return [] }
        var best = candidates[0]
        var bestScore = -Double.infinity
        for candidate in candidates {
            scores[candidate] *= weight(candidate) * (1 - document.linkDensity(candidate))
            if scores[candidate] > bestScore {
                best = candidate
                bestScore = scores[candidate]
            }
        }
        best = widened(best, scores: scores)
        return withSiblings(of: best, scores: scores)
    }

    /// A paragraph worth points: long enough to be a sentence, not a line of links.
    private static func isProse(_ block: TextBlock) -> Bool {
        block.length >= 25 && block.linkDensity < 0.5
    }

    /// Commas, including the ideographic ones of Chinese and Japanese text and the
    /// Arabic one, counted on the UTF-8 bytes (`，` EF BC 8C, `、` E3 80 81, `،` D8 8C).
    private static func commas(in text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var count = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 0x2C {
                    count += 1
                } else if byte >= 0xD8, index + 1 < bytes.count {
                    let next = bytes[index + 1]
                    if byte == 0xD8 && next == 0x8C {
                        count += 1
                    } else if index + 2 < bytes.count,
                        (byte == 0xEF && next == 0xBC && bytes[index + 2] == 0x8C) || (byte == 0xE3 && next == 0x80 && bytes[index + 2] == 0x81)
                    {
                        count += 1
                    }
                }
                index += 1
            }
            return count
        }
    }

    /// How much an element's tag and names multiply the points its paragraphs give it.
    private func weight(_ index: Int) -> Double {
        let tree = document.tree
        var weight: Double
        switch tree[index].tag {
        case .article, .main: weight = 1.3
        case .div, .section, .td, .blockquote, .pre: weight = 1.05
        case .address, .ol, .ul, .dl, .dd, .dt, .li, .form: weight = 0.9
        case .h1, .h2, .h3, .h4, .h5, .h6, .th: weight = 0.8
        default: weight = 1
        }
        switch document.hints[index] {
        case .articleBody: weight *= 1.6
        case .positive: weight *= 1.3
        case .negative: weight *= 0.75
        case .boilerplate: weight *= 0.5
        case .neutral: break
        }
        return weight
    }

    /// A container that holds only part of the article (the text above a photo, one
    /// of the sections a long read is cut into) is widened to the ancestor that holds
    /// all of it: an ancestor that adds prose of its own without being much less pure.
    private func widened(_ start: Int, scores: [Double]) -> Int {
        let tree = document.tree
        let prose = proseLengths()
        func purity(_ index: Int) -> Double { Double(prose[index]) / Double(max(1, document.textLength[index])) }
        var best = start
        var parent = tree[best].parent
        while parent >= 0, parent != document.body, tree[parent].tag != .body, tree[parent].tag != .html {
            if prose[parent] * 20 >= prose[best] * 23 {
                guard purity(parent) >= purity(best) * 0.7, document.hints[parent] != .boilerplate else { break }
                best = parent
            }
            parent = tree[parent].parent
        }
        return best
    }

    /// Characters of prose (paragraph-like blocks outside captions and headings) under
    /// every element, summed children to parents in one backwards pass.
    private func proseLengths() -> [Int] {
        let tree = document.tree
        var prose = [Int](repeating: 0, count: tree.nodes.count)
        for block in blocks where !block.isCaption && block.headingLevel == nil && block.length >= 40 && block.linkDensity < 0.3 {
            prose[block.owner] += block.length
        }
        for index in stride(from: tree.nodes.count - 1, through: 1, by: -1) where tree[index].parent >= 0 {
            prose[tree[index].parent] += prose[index]
        }
        return prose
    }

    private func withSiblings(of best: Int, scores: [Double]) -> [Int] {
        let tree = document.tree
        let parent = tree[best].parent
        guard parent >= 0 else { return [best] }
        let threshold = max(10, scores[best] * 0.2)
        let bestClass = tree.attribute("class", of: best) ?? ""
        var roots: [Int] = []
        for sibling in tree.children(of: parent) {
            if sibling == best { roots.append(sibling); continue }
            guard !tree[sibling].isText, !document.excluded[sibling] else { continue }
            var bonus = 0.0
            if !bestClass.isEmpty && tree.attribute("class", of: sibling) == bestClass { bonus = scores[best] * 0.2 }
            if scores[sibling] + bonus >= threshold && document.hints[sibling] != .boilerplate {
                roots.append(sibling)
            } else if tree[sibling].tag == .p {
                let length = document.textLength[sibling]
                let density = document.linkDensity(sibling)
                let text = tree.textContent(of: sibling).trimmingSpaces
                if (length > 80 && density < 0.25) || (length > 0 && length <= 80 && density == 0 && text.hasSuffix(".")) {
                    roots.append(sibling)
                }
            }
        }
        return roots
    }
}
