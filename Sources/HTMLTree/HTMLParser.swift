internal import CLibXML2

/// Parses HTML with libxml2's HTML parser and copies the result into an `HTMLTree`.
///
/// This is the only code in Byline that sees libxml2. The parser is run in recovery
/// mode (real pages are rarely valid), never touches the network, never loads a DTD
/// and keeps its complaints to itself; comments and processing instructions are left
/// out of the tree.
public enum HTMLParser {
    /// Parses `bytes` as HTML in `encoding` (a name libxml2 knows, such as `"UTF-8"`
    /// or `"Shift_JIS"`). The encoding given wins over whatever the page declares.
    public static func parse(_ bytes: [UInt8], encoding: String) -> HTMLTree {
        _ = libraryReady
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_NONET.rawValue | HTML_PARSE_NODEFDTD.rawValue | HTML_PARSE_COMPACT.rawValue
                | HTML_PARSE_IGNORE_ENC.rawValue
        )
        guard !bytes.isEmpty, bytes.count <= Int(Int32.max) else { return HTMLTree() }
        let document: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { base in
                guard let context = htmlCreateMemoryParserCtxt(base, Int32(buffer.count)) else { return nil }
                defer { htmlFreeParserCtxt(context) }
                htmlCtxtUseOptions(context, options)
                // Real pages nest deeper than libxml2's default limit of 256 open elements;
                // the tree is copied without recursion, so any depth is safe here.
                context.pointee.options |= Int32(XML_PARSE_HUGE.rawValue)
                if let handler = xmlFindCharEncodingHandler(encoding) { xmlSwitchToEncoding(context, handler) }
                htmlParseDocument(context)
                return context.pointee.myDoc
            }
        }
        guard let document else { return HTMLTree() }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { return HTMLTree() }
        var builder = TreeBuilder()
        builder.copy(from: root)
        return builder.tree
    }

    /// Whether libxml2 (through iconv) can decode text in the encoding with this name.
    public static func knowsEncoding(_ name: String) -> Bool {
        _ = libraryReady
        guard let handler = xmlFindCharEncodingHandler(name) else { return false }
        xmlCharEncCloseFunc(handler)
        return true
    }

    /// libxml2 must be initialised once before threads use it; a static `let` runs its
    /// initialiser exactly once, whichever thread gets there first.
    private static let libraryReady: Void = {
        xmlInitParser()
    }()
}

/// Walks libxml2's tree in document order without recursion and appends every
/// element and text node to an `HTMLTree`.
private struct TreeBuilder {
    var tree = HTMLTree()
    /// For each open element: its index in the tree and its last child so far.
    private var open: [(index: Int, lastChild: Int)] = []

    mutating func copy(from root: xmlNodePtr) {
        var node = root
        while true {
            var isElement = false
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                appendElement(node)
                isElement = true
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                appendText(node)
            default:
                break
            }
            if isElement, let child = node.pointee.children {
                node = child
                continue
            }
            if isElement { close() }
            // Every ancestor below the root was entered as an element, so each step up closes one.
            while node != root, node.pointee.next == nil, let parent = node.pointee.parent {
                node = parent
                close()
            }
            guard node != root, let next = node.pointee.next else { break }
            node = next
        }
        while !open.isEmpty { close() }
    }

    private mutating func appendElement(_ node: xmlNodePtr) {
        let name = node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
        let attributeStart = tree.attributeStore.count
        var property = node.pointee.properties
        while let attribute = property {
            if let attributeName = attribute.pointee.name {
                let value = attribute.pointee.children.flatMap { $0.pointee.content }.map { String(cString: $0) } ?? ""
                tree.attributeStore.append(.init(name: String(cString: attributeName).lowercased(), value: value))
            }
            property = attribute.pointee.next
        }
        tree.strings.append(name)
        let index = append(HTMLTree.Node(
            tag: HTMLTag(name: name), string: tree.strings.count - 1, parent: open.last?.index ?? HTMLTree.none,
            firstChild: HTMLTree.none, nextSibling: HTMLTree.none, end: 0, depth: open.count,
            attributes: attributeStart..<tree.attributeStore.count
        ))
        open.append((index, HTMLTree.none))
    }

    private mutating func appendText(_ node: xmlNodePtr) {
        guard let content = node.pointee.content, content.pointee != 0 else { return }
        let parent = open.last?.index ?? HTMLTree.none
        tree.strings.append(String(cString: content))
        let index = append(HTMLTree.Node(
            tag: .text, string: tree.strings.count - 1, parent: parent,
            firstChild: HTMLTree.none, nextSibling: HTMLTree.none, end: 0, depth: open.count, attributes: 0..<0
        ))
        tree.nodes[index].end = index + 1
    }

    /// Appends a node and links it as the last child of the innermost open element.
    private mutating func append(_ node: HTMLTree.Node) -> Int {
        let index = tree.nodes.count
        tree.nodes.append(node)
        if !open.isEmpty {
            let previous = open[open.count - 1].lastChild
            if previous == HTMLTree.none { tree.nodes[open[open.count - 1].index].firstChild = index }
            else { tree.nodes[previous].nextSibling = index }
            open[open.count - 1].lastChild = index
        }
        return index
    }

    private mutating func close() {
        guard let element = open.popLast() else { return }
        tree.nodes[element.index].end = tree.nodes.count
    }
}

extension HTMLParser {
    /// Text that may hold character references (`&amp;`, `&#8217;`), as plain text:
    /// libxml2 reads it as the content of a paragraph. Text without `&` is returned as is.
    public static func decodingCharacterReferences(_ text: String) -> String {
        guard text.contains("&") else { return text }
        let tree = parse(Array("<p>".utf8) + Array(text.utf8), encoding: "UTF-8")
        guard let paragraph = tree.first(.p) else { return text }
        return tree.textContent(of: paragraph)
    }
}
