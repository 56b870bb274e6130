#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A page with the bodies of its scripts and style sheets taken out, for a parse that
/// drops their text anyway.
///
/// libxml2 reads the body of a script a character at a time up to its end tag, and on
/// real pages those bodies are often most of the bytes: a sixth of the whole reading
/// went there. A quick look for `<script` and `<style` start tags outside comments
/// proposes where the bodies are; it is only a proposal. libxml2 still parses the page,
/// and the tree builder checks, at each script and style libxml2 opens, that it opens
/// each proposed one exactly where its start tag was found to end and drops its text. A
/// page where any cut is not confirmed that way is parsed again whole, so the tree is
/// always libxml2's own reading of the page.
///
/// A body that is cut runs from its start tag to the first `</script` (or `</style`) in
/// any case, which is where libxml2 in recovery mode ends one. libxml2 reads end tags
/// before a body, so a body that begins with `<` is left in; so is a body with a control
/// byte other than white space, where libxml2 versions differ (2.9.14 drops the byte and
/// reads on, older ones end the body there and read tags again).
///
/// The page must be UTF-8 throughout, read by libxml2 as it is: a byte that broke the
/// encoding inside a cut body would switch the whole page's decoding but not the cut one's.
struct RawTextCut {
    /// The page without the cut bodies.
    let bytes: [UInt8]
    /// For each cut body, in page order: the offset in `bytes` of the `>` that ends the
    /// element's start tag, where libxml2 must be when it opens the element.
    let cuts: [Cut]

    struct Cut: Equatable {
        let tagEnd: Int
        let tag: HTMLTag
    }

    private static let scriptName = Array("script".utf8)
    private static let styleName = Array("style".utf8)
    private static let commentOpen = Array("!--".utf8)
    private static let commentClose = Array("-->".utf8)
    private static let typeName = Array("type".utf8)

    /// Nil when there is nothing to cut. `keptScriptTypes` are the lower-case `type`
    /// values of scripts whose text the tree keeps; those are left whole.
    init?(_ page: UnsafeBufferPointer<UInt8>, keptScriptTypes: Set<String>) {
        var scanner = Scanner(page: page)
        var bytes: [UInt8] = []
        var cuts: [Cut] = []
        var copiedUpTo = 0
        while let element = scanner.nextRawTextElement() {
            let (tag, tagEnd, type) = element
            guard let close = scanner.endTag(of: tag == .script ? Self.scriptName : Self.styleName, from: tagEnd + 1) else { break }
            scanner.position = close
            let body = tagEnd + 1..<close
            let kept = tag == .script && keptScriptTypes.contains(type)
            guard !kept, !body.isEmpty, page[body.lowerBound] != 0x3C, !Self.holdsControlByte(page, body) else { continue }
            if bytes.isEmpty { bytes.reserveCapacity(page.count) }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: page[copiedUpTo...tagEnd]))
            cuts.append(Cut(tagEnd: bytes.count - 1, tag: tag))
            copiedUpTo = close
        }
        guard !cuts.isEmpty else { return nil }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: page[copiedUpTo...]))
        self.bytes = bytes
        self.cuts = cuts
    }

    /// Whether a body holds a control byte other than tab, line feed and carriage return.
    /// Script bodies are large, so eight bytes are looked at together (`ByteLanes`):
    /// under 0x09, 0x0B to 0x0C, 0x0E to 0x1F; the last few bytes go one at a time.
    private static func holdsControlByte(_ page: UnsafeBufferPointer<UInt8>, _ body: Range<Int>) -> Bool {
        var index = body.lowerBound
        let raw = UnsafeRawPointer(page.baseAddress!)
        while index + 8 <= body.upperBound {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            let control =
                ByteLanes.below(word, 0x09) | ByteLanes.between(word, above: 0x0A, below: 0x0D)
                | ByteLanes.between(word, above: 0x0D, below: 0x20)
            if control != 0 { return true }
            index += 8
        }
        return page[index..<body.upperBound].contains { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }
    }

    /// Walks a page from `<` to `<`, stepping over comments, to the start tags of
    /// scripts and styles.
    private struct Scanner {
        let page: UnsafeBufferPointer<UInt8>
        var position = 0

        /// The next `<script` or `<style` start tag: its element, the offset of the `>`
        /// that ends it and, for a script, its `type` in lower case (empty when it has
        /// none). Nil at the end of the page or at a tag that never ends. Self-closed
        /// tags (`<script … />`) have no body and are stepped over.
        mutating func nextRawTextElement() -> (HTMLTag, Int, String)? {
            while let open = next(0x3C, from: position) {
                position = open + 1
                guard open + 1 < page.count else { return nil }
                let first = page[open + 1] | 0x20
                guard first == 0x73 || first == 0x21 else { continue }
                if matches(RawTextCut.commentOpen, at: open + 1) {
                    guard let close = find(RawTextCut.commentClose, from: open + 4) else { return nil }
                    position = close + 3
                    continue
                }
                let tag: HTMLTag
                if matches(RawTextCut.scriptName, at: open + 1, caseless: true) {
                    tag = .script
                } else if matches(RawTextCut.styleName, at: open + 1, caseless: true) {
                    tag = .style
                } else {
                    continue
                }
                let nameEnd = open + 1 + (tag == .script ? 6 : 5)
                guard nameEnd < page.count else { return nil }
                if Self.isNameByte(page[nameEnd]) { continue }
                guard let (tagEnd, selfClosed, type) = startTagEnd(from: nameEnd) else { return nil }
                position = tagEnd + 1
                if selfClosed { continue }
                return (tag, tagEnd, type)
            }
            return nil
        }

        /// The first `</name` at or after `from`, the name in any case.
        func endTag(of name: [UInt8], from: Int) -> Int? {
            var from = from
            while let open = next(0x3C, from: from) {
                if open + 1 < page.count, page[open + 1] == 0x2F, matches(name, at: open + 2, caseless: true) { return open }
                from = open + 1
            }
            return nil
        }

        /// Where a start tag's attributes end, read the way libxml2 reads them: names,
        /// `=` and a value in double or single quotes or up to white space or `>`; a
        /// stray byte that starts no name is skipped to the next white space.
        private func startTagEnd(from start: Int) -> (Int, Bool, String)? {
            var index = start
            var type: String?
            while true {
                while index < page.count, Self.isBlank(page[index]) { index += 1 }
                guard index < page.count else { return nil }
                if page[index] == 0x3E { return (index, false, type ?? "") }
                if page[index] == 0x2F, index + 1 < page.count, page[index + 1] == 0x3E { return (index + 1, true, type ?? "") }
                guard Self.isNameStart(page[index]) else {
                    while index < page.count, !Self.isBlank(page[index]), page[index] != 0x3E,
                        !(page[index] == 0x2F && index + 1 < page.count && page[index + 1] == 0x3E)
                    {
                        index += 1
                    }
                    continue
                }
                let nameStart = index
                while index < page.count, Self.isNameByte(page[index]) { index += 1 }
                let isType = index - nameStart == 4 && matches(RawTextCut.typeName, at: nameStart, caseless: true)
                var probe = index
                while probe < page.count, Self.isBlank(page[probe]) { probe += 1 }
                guard probe < page.count, page[probe] == 0x3D else { continue }
                index = probe + 1
                while index < page.count, Self.isBlank(page[index]) { index += 1 }
                guard index < page.count else { return nil }
                let value: Range<Int>
                if page[index] == 0x22 || page[index] == 0x27 {
                    guard let close = next(page[index], from: index + 1) else { return nil }
                    value = index + 1..<close
                    index = close + 1
                } else {
                    let valueStart = index
                    while index < page.count, !Self.isBlank(page[index]), page[index] != 0x3E { index += 1 }
                    value = valueStart..<index
                }
                if isType, type == nil { type = String(decoding: UnsafeBufferPointer(rebasing: page[value]), as: UTF8.self).lowercased() }
            }
        }

        private func next(_ byte: UInt8, from: Int) -> Int? {
            guard from < page.count, let found = memchr(page.baseAddress! + from, Int32(byte), page.count - from) else { return nil }
            return UnsafeRawPointer(found) - UnsafeRawPointer(page.baseAddress!)
        }

        private func find(_ needle: [UInt8], from: Int) -> Int? {
            var from = from
            while let start = next(needle[0], from: from) {
                if matches(needle, at: start) { return start }
                from = start + 1
            }
            return nil
        }

        private func matches(_ name: [UInt8], at start: Int, caseless: Bool = false) -> Bool {
            guard start + name.count <= page.count else { return false }
            for (offset, byte) in name.enumerated() {
                let found = page[start + offset]
                if found != byte && !(caseless && found | 0x20 == byte && found >= 0x41 && found <= 0x5A) { return false }
            }
            return true
        }

        /// The white space libxml2 skips inside a tag.
        private static func isBlank(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
        }

        private static func isNameStart(_ byte: UInt8) -> Bool {
            (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte == 0x5F || byte == 0x3A || byte == 0x2E
        }

        private static func isNameByte(_ byte: UInt8) -> Bool {
            isNameStart(byte) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D
        }
    }
}
