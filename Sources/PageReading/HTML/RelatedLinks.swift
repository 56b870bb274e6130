import HTMLTree
import StoryKit

/// Reads the list of other stories that sits with the article ("Latest news",
/// "Related", "Also read" and their kin in the languages Byline meets), so that a
/// real page's items can be jumped to like a wire page's.
///
/// A list is a heading with one of those names followed by links whose text reads
/// like headlines; each item keeps the link's address and, when the page prints one,
/// its time (a `<time datetime>` in the item, else a timestamp at the end of its text).
/// Site-wide "most read" and "trending" boxes are not the article's list.
struct RelatedLinks {
    let document: PageDocument
    let pageURL: String?

    func items() -> [LatestItem] {
        let tree = document.tree
        for heading in tree.nodes.indices where isListHeading(heading) {
            var container = tree[heading].parent
            var items: [LatestItem] = []
            // The heading's own box, or the box around it, holds the links.
            for _ in 0..<3 where container >= 0 {
                items = links(in: container, after: heading)
                if items.count >= 2 { break }
                container = tree[container].parent
            }
            if items.count >= 2 { return Array(items.prefix(20)) }
        }
        return []
    }

    private static let headings: Set<String> = [
        "latest news", "latest", "related", "related news", "related stories", "related articles", "related posts",
        "related content", "more stories", "more news", "also read", "read also", "read more", "more on this story",
        "more from", "top stories", "recommended", "recommended stories", "you may also like", "see also", "más noticias",
        "lea también", "noticias relacionadas", "lire aussi", "à lire aussi", "sur le même sujet", "mehr zum thema",
        "weitere artikel", "das könnte sie auch interessieren", "leia também", "leggi anche", "czytaj także",
        "关联阅读", "相关新闻", "関連記事", "関連ニュース", "اقرأ أيضا", "أخبار ذات صلة",
    ]

    /// The first letters of the headings, so most elements are turned away without
    /// building their text.
    private static let initials = Set(headings.compactMap(\.first))

    private func isListHeading(_ index: Int) -> Bool {
        let tree = document.tree
        let node = tree[index]
        guard !node.isText,
            node.tag.headingLevel != nil || node.tag == .strong || node.tag == .b || node.tag == .span
                || node.tag == .div || node.tag == .p || node.tag == .header,
            (3...60).contains(document.textLength[index]), node.end - index <= 12,
            let first = (index..<node.end).first(where: { tree.visibleLength(of: $0) > 0 }),
            startsLikeAHeading(first)
        else { return false }
        if let key = asciiHeadingKey(index) { return Self.asciiHeadings.contains(key) }
        var text = ArticleBlocks.key(tree.textContent(of: index))
        while let last = text.last, last == ":" || last == "›" || last == "»" || last == " " { text.removeLast() }
        return Self.headings.contains(text)
    }

    /// The heading key (`ArticleBlocks.key` without the trailing colons) of an element
    /// whose text is printable ASCII and white space, made from its bytes; nil for any
    /// other text, which takes the general path.
    private func asciiHeadingKey(_ index: Int) -> [UInt8]? {
        let tree = document.tree
        var key: [UInt8] = []
        key.reserveCapacity(64)
        var pendingSpace = false
        for node in (index + 1)..<tree[index].end where tree[node].isText {
            let ascii = tree.withTextBytes(of: node) { bytes -> Bool in
                for byte in bytes {
                    if byte == 0x20 || (0x09...0x0D).contains(byte) {
                        pendingSpace = !key.isEmpty
                    } else if byte > 0x20 && byte < 0x7F {
                        if pendingSpace { key.append(0x20) }
                        pendingSpace = false
                        key.append(byte.asciiLowercased)
                    } else {
                        return false
                    }
                }
                return true
            }
            guard ascii else { return nil }
        }
        while let last = key.last, last == UInt8(ascii: ":") || last == 0x20 { key.removeLast() }
        return key
    }

    /// The headings written in ASCII, as their bytes.
    private static let asciiHeadings = Set(headings.filter { $0.utf8.allSatisfy { $0 < 0x80 } }.map { Array($0.utf8) })

    /// Whether the text node's first character (other than white space) starts one of
    /// the headings. An ASCII letter followed by ASCII is that character on its own and is
    /// told from its byte; anything else is read as a `Character`.
    private func startsLikeAHeading(_ text: Int) -> Bool {
        let tree = document.tree
        let initialByte: UInt8? = tree.withTextBytes(of: text) { bytes in
            guard let start = bytes.firstIndex(where: { $0 != 0x20 && !(0x09...0x0D).contains($0) }), bytes[start] < 0x80,
                start + 1 == bytes.count || bytes[start + 1] < 0x80
            else { return nil }
            return bytes[start]
        }
        if let byte = initialByte {
            let lower = byte.asciiLowercased
            return Self.asciiInitials[Int(lower)]
        }
        guard let initial = tree.text(of: text).first(where: { !$0.isWhitespace }) else { return false }
        return Self.initials.contains(Character(initial.lowercased()))
    }

    /// `initials` for the ASCII bytes, by byte.
    private static let asciiInitials: [Bool] = (0..<128).map { byte in initials.contains(Character(Unicode.Scalar(UInt8(byte)))) }

    private func links(in container: Int, after heading: Int) -> [LatestItem] {
        let tree = document.tree
        var items: [LatestItem] = []
        var seen: Set<String> = []
        var index = tree[heading].end
        while index < tree[container].end {
            let node = tree[index]
            guard node.tag == .a, let href = tree.attribute("href", of: index), !href.hasPrefix("#"),
                !href.lowercased().hasPrefix("javascript:")
            else {
                index += 1
                continue
            }
            let headline = CleanText.folded(tree.textContent(of: index)).trimmingSpaces
            let url = ResolvedURL.resolve(href, against: pageURL)
            index = node.end
            guard headline.split(separator: " ").count >= 3 || headline.count >= 12, !Self.isShareLink(url),
                seen.insert(url).inserted
            else { continue }
            items.append(LatestItem(headline: headline, time: time(near: index - 1, headline: headline), url: url))
        }
        return items
    }

    /// A link that shares the page (on a social network, by mail) rather than naming a story.
    private static func isShareLink(_ url: String) -> Bool {
        let lower = url.lowercased()
        return lower.hasPrefix("mailto:") || lower.hasPrefix("whatsapp:") || lower.hasPrefix("sms:")
            || ["sharer", "/share", "share?", "intent/tweet", "sharearticle", "addtoany", "pinterest.com/pin/create"]
                .contains { lower.includes($0) }
    }

    /// A `<time datetime>` in the item (its list entry or card), else a timestamp the
    /// wire rules can read at the end of the entry's text.
    private func time(near anchorEnd: Int, headline: String) -> WallClockTime? {
        let tree = document.tree
        var item = anchorEnd
        while item >= 0, tree[item].tag != .li, tree[item].tag != .article, tree[item].tag != .div, tree[item].tag != .p {
            item = tree[item].parent
        }
        guard item >= 0, tree[item].end - item <= 60 else { return nil }
        for index in item..<tree[item].end where tree[index].tag == .time {
            if let stated = tree.attribute("datetime", of: index).flatMap(StatedTime.read), case .time(let time) = stated {
                return time.wallClock
            }
        }
        let text = CleanText.folded(tree.textContent(of: item)).trimmingSpaces
        return LatestItem(line: text)?.time
    }
}
