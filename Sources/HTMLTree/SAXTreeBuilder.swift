internal import CLibXML2

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Builds an `HTMLTree` from libxml2's SAX events: elements and text appended in
/// document order, each linked to the innermost open element, and an element's
/// subtree closed when libxml2 ends it.
///
/// The parser holds a pointer to the builder for the length of one parse (its
/// `userData`), so the callbacks reach it without reference counting or the dynamic
/// exclusivity checks a class's properties would cost on every event.
struct SAXTreeBuilder {
    private var tree = HTMLTree()
    /// For each open element: its index in the tree and its last child so far.
    private var open: [(index: Int, lastChild: Int)] = []
    private let options: HTMLParseOptions
    /// The script or style whose text is being dropped, if any.
    private var droppingTextOf: Int?
    /// When the page was cut (`RawTextCut`): the cut bodies libxml2 is to confirm, how
    /// many it has, and whether it has refused one. The parser context tells where
    /// libxml2 is in the page.
    private let cuts: [RawTextCut.Cut]
    private var confirmedCuts = 0
    private var refusedCut = false
    var context: htmlParserCtxtPtr?

    /// `pageBytes` is the size of the page: the tree's arrays are sized for it up front
    /// (real pages hold about a node per 50 bytes and a text byte per 4), so they are not
    /// copied again and again as they grow. Room that is never used is never touched.
    init(options: HTMLParseOptions, pageBytes: Int, cuts: [RawTextCut.Cut] = []) {
        self.options = options
        self.cuts = cuts
        tree.reserveCapacity(forPageBytes: pageBytes)
    }

    /// Points the parser's SAX callbacks at this type; everything that would build
    /// libxml2's own document is switched off.
    static func install(on context: htmlParserCtxtPtr) {
        guard let handler = context.pointee.sax else { return }
        memset(handler, 0, MemoryLayout<xmlSAXHandler>.size)
        handler.pointee.initialized = 1
        handler.pointee.startElement = { context, name, attributes in
            context?.assumingMemoryBound(to: SAXTreeBuilder.self).pointee.startElement(name, attributes)
        }
        handler.pointee.endElement = { context, _ in
            context?.assumingMemoryBound(to: SAXTreeBuilder.self).pointee.endElement()
        }
        let text: charactersSAXFunc = { context, characters, length in
            context?.assumingMemoryBound(to: SAXTreeBuilder.self).pointee.characters(characters, Int(length))
        }
        handler.pointee.characters = text
        handler.pointee.ignorableWhitespace = text
        handler.pointee.cdataBlock = text
    }

    /// Whether libxml2 opened every cut element where the cut says, and dropped its
    /// text: only then is the tree of the cut page the tree of the whole one.
    var confirmedEveryCut: Bool {
        !refusedCut && confirmedCuts == cuts.count
    }

    mutating func finish() -> HTMLTree {
        while !open.isEmpty { endElement() }
        return tree
    }

    private mutating func startElement(_ name: UnsafePointer<xmlChar>?, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        // libxml2's HTML parser hands element and attribute names over in lower case.
        let tag = name.map { HTMLTag(cName: $0) } ?? .other
        let elementName = tag == .other ? name.map { String(cString: $0) } ?? "" : HTMLTag.names[Int(tag.rawValue)]
        let attributeStart = tree.attributeStore.count
        var scriptType = ""
        if var pair = attributes {
            while let attributeName = pair.pointee {
                if let name = keptName(attributeName) {
                    let start = tree.attributeValueBytes.count
                    if let value = pair.advanced(by: 1).pointee {
                        tree.attributeValueBytes.append(
                            contentsOf: UnsafeBufferPointer(start: value, count: strlen(UnsafeRawPointer(value).assumingMemoryBound(to: CChar.self))))
                    }
                    let attribute = HTMLTree.Attribute(name: name, valueBytes: start..<tree.attributeValueBytes.count)
                    tree.attributeStore.append(attribute)
                    // libxml2 drops an attribute given twice, so this is the first `type`,
                    // as `RawTextCut` reads it.
                    if name == "type" { scriptType = tree.value(of: attribute).lowercased() }
                }
                pair = pair.advanced(by: 2)
            }
        }
        tree.names.append(elementName)
        let index = append(
            HTMLTree.Node(
                tag: tag, string: tree.names.count - 1, parent: open.last?.index ?? HTMLTree.none,
                firstChild: HTMLTree.none, nextSibling: HTMLTree.none, end: 0, depth: open.count,
                attributes: attributeStart..<tree.attributeStore.count
            ))
        open.append((index, HTMLTree.none))
        if let types = options.scriptTypes, droppingTextOf == nil,
            (tag == .script && !types.contains(scriptType)) || tag == .style
        {
            droppingTextOf = index
        }
        if confirmedCuts < cuts.count, tag == .script || tag == .style, let context {
            confirm(cuts[confirmedCuts], at: Int(xmlByteConsumed(context)), dropping: droppingTextOf == index, tag: tag)
        }
    }

    /// A script or style opens at `offset` (libxml2 is at the `>` of its start tag): it
    /// confirms the next cut if it is that cut's element, opened at its place, with its
    /// text dropped; libxml2 passing a cut's place without opening it there refuses it.
    private mutating func confirm(_ cut: RawTextCut.Cut, at offset: Int, dropping: Bool, tag: HTMLTag) {
        if offset == cut.tagEnd {
            if cut.tag == tag && dropping { confirmedCuts += 1 } else { refusedCut = true }
        } else if offset > cut.tagEnd {
            refusedCut = true
        }
    }

    /// The attribute's name when the options keep it (nil when they leave it out),
    /// decided on its bytes.
    private func keptName(_ name: UnsafePointer<UInt8>) -> String? {
        guard let kept = options.attributes else { return String(cString: name) }
        if let packed = PackedName(name) { return options.packedAttributes[packed] }
        let long = String(cString: name)
        return kept.contains(long) ? long : nil
    }

    private mutating func endElement() {
        guard let element = open.popLast() else { return }
        tree.nodes[element.index].end = tree.nodes.count
        if droppingTextOf == element.index { droppingTextOf = nil }
    }

    /// Text, which libxml2 may hand over in several pieces: a piece that follows a text
    /// node in the same element extends it.
    private mutating func characters(_ characters: UnsafePointer<xmlChar>?, _ length: Int) {
        guard let characters, length > 0, droppingTextOf == nil else { return }
        let bytes = UnsafeBufferPointer(start: characters, count: length)
        let visible = length - Self.unseenByteCount(bytes)
        let parent = open.last?.index ?? HTMLTree.none
        let start = tree.textBytes.count
        tree.textBytes.append(contentsOf: bytes)
        // The text node just before is the last text stored, so its bytes end where these begin.
        if let last = open.last?.lastChild, last != HTMLTree.none, tree.nodes[last].isText {
            let text = tree.nodes[last].string
            tree.texts[text] = tree.texts[text].lowerBound..<tree.textBytes.count
            tree.visibleLengths[text] += visible
            return
        }
        tree.texts.append(start..<tree.textBytes.count)
        tree.visibleLengths.append(visible)
        let index = append(
            HTMLTree.Node(
                tag: .text, string: tree.texts.count - 1, parent: parent,
                firstChild: HTMLTree.none, nextSibling: HTMLTree.none, end: 0, depth: open.count, attributes: 0..<0
            ))
        tree.nodes[index].end = index + 1
    }

    /// How many of the bytes a reader does not see as characters of their own: UTF-8
    /// continuation bytes (10xxxxxx) and ASCII white space (space, tab to carriage
    /// return), so that the rest are the characters a reader sees.
    ///
    /// Every byte of a page's text passes here, so eight are looked at together: each
    /// test below sets the top bit of exactly the bytes it matches, and the matches are
    /// counted with one population count; the last few bytes go one at a time.
    static func unseenByteCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var unseen = 0
        var index = 0
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index + 8 <= bytes.count {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                // Continuation bytes, spaces, and tab to carriage return (0x09 to 0x0D).
                let matched = ByteLanes.continuation(word) | ByteLanes.equal(word, 0x20) | ByteLanes.between(word, above: 0x08, below: 0x0E)
                unseen &+= matched.nonzeroBitCount
                index += 8
            }
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte & 0xC0 == 0x80 || byte == 0x20 || (0x09...0x0D).contains(byte) { unseen += 1 }
            index += 1
        }
        return unseen
    }

    /// Appends a node and links it as the last child of the innermost open element.
    private mutating func append(_ node: HTMLTree.Node) -> Int {
        let index = tree.nodes.count
        tree.nodes.append(node)
        if !open.isEmpty {
            let previous = open[open.count - 1].lastChild
            if previous == HTMLTree.none { tree.nodes[open[open.count - 1].index].firstChild = index } else { tree.nodes[previous].nextSibling = index }
            open[open.count - 1].lastChild = index
        }
        return index
    }
}
