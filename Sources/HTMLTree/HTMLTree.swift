/// An HTML document as a flat, immutable tree: every element and text node in one
/// array, linked by index.
///
/// The article reader walks the tree many times (metadata, scoring, text), so it is
/// built once from libxml2's document and then read without pointers, reference
/// counting or recursion; a page with 100,000 nested elements is just a long array.
public struct HTMLTree: Sendable {
    /// One element or text node. It holds no strings of its own (they live in the
    /// tree's side table), so reading a node copies a few integers and never touches a
    /// reference count.
    public struct Node: Sendable {
        public let tag: HTMLTag
        /// Where the element's name is in `names`, or the text node's bytes in `texts`.
        let string: Int
        public let parent: Int
        public internal(set) var firstChild: Int
        public internal(set) var nextSibling: Int
        /// The index just past this node's last descendant: nodes are stored in
        /// document order, so a subtree is the contiguous range `index..<end`.
        public internal(set) var end: Int
        /// How many elements enclose this one.
        public let depth: Int
        let attributes: Range<Int>

        public var isText: Bool { tag == .text }
    }

    /// One attribute, its name in lower case. Its value is kept as bytes in the tree
    /// (`value(of:)`, `withValueBytes(of:_:)`): most values are only ever looked at
    /// (class names, inline styles), so no string is made for them.
    public struct Attribute: Sendable {
        public let name: String
        /// Where the value's UTF-8 bytes are in `attributeValueBytes`.
        let valueBytes: Range<Int>
    }

    /// The index that means "no node".
    public static let none = -1

    public internal(set) var nodes: [Node] = []
    var attributeStore: [Attribute] = []
    /// The UTF-8 bytes of every attribute value, one after another.
    var attributeValueBytes: [UInt8] = []
    /// Element names (lower case), by an element's `Node.string`.
    var names: [String] = []
    /// The UTF-8 bytes of every text node, one after another: a page's text is kept in
    /// one buffer rather than a string per node, so building the tree and letting it go
    /// cost one allocation, not one for every piece of text; strings are made only for
    /// the text that is read.
    var textBytes: [UInt8] = []
    /// Where each text node's bytes are in `textBytes`, by a text node's `Node.string`.
    var texts: [Range<Int>] = []
    /// For each text node, its characters other than white space (counted as the parser
    /// hands the text over, so nobody walks the text again to measure it).
    var visibleLengths: [Int] = []

    /// Sizes the arrays for a page of `bytes` bytes, by what real pages hold per byte
    /// (a node per 50, a text node and an element name per 100, a kept attribute per 140,
    /// a text byte per 4, a kept value byte per 12), with room to spare.
    mutating func reserveCapacity(forPageBytes bytes: Int) {
        nodes.reserveCapacity(bytes / 32)
        names.reserveCapacity(bytes / 64)
        texts.reserveCapacity(bytes / 64)
        visibleLengths.reserveCapacity(bytes / 64)
        attributeStore.reserveCapacity(bytes / 96)
        attributeValueBytes.reserveCapacity(bytes / 8)
        textBytes.reserveCapacity(bytes / 3)
    }

    /// A text node's characters other than white space (0 for an element): a measure
    /// of text that does not depend on indentation.
    public func visibleLength(of index: Int) -> Int {
        nodes[index].isText ? visibleLengths[nodes[index].string] : 0
    }

    /// A text node's characters (empty for an element).
    public func text(of index: Int) -> String {
        guard nodes[index].isText else { return "" }
        return textBytes.withUnsafeBufferPointer { bytes in
            String(decoding: UnsafeBufferPointer(rebasing: bytes[texts[nodes[index].string]]), as: UTF8.self)
        }
    }

    /// Lends a text node's UTF-8 bytes (none for an element) to `body`, for readers
    /// that look at a few bytes and need no string.
    public func withTextBytes<Result>(of index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        guard nodes[index].isText else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        return textBytes.withUnsafeBufferPointer { bytes in body(UnsafeBufferPointer(rebasing: bytes[texts[nodes[index].string]])) }
    }

    /// An element's lower-case name (`"div"`, `"amp-img"`); empty for a text node.
    public func name(of index: Int) -> String {
        nodes[index].isText ? "" : names[nodes[index].string]
    }

    /// The root element (`html`), or `none` for a document with no elements.
    public var root: Int { nodes.isEmpty ? Self.none : 0 }

    public subscript(index: Int) -> Node { nodes[index] }

    /// The value of attribute `name` (lower case) on element `index`.
    public func attribute(_ name: String, of index: Int) -> String? {
        for attribute in attributeStore[nodes[index].attributes] where attribute.name == name {
            return value(of: attribute)
        }
        return nil
    }

    /// An attribute's value.
    public func value(of attribute: Attribute) -> String {
        withValueBytes(of: attribute) { String(decoding: $0, as: UTF8.self) }
    }

    /// Lends an attribute value's UTF-8 bytes to `body`, for readers that need no string.
    public func withValueBytes<Result>(of attribute: Attribute, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        attributeValueBytes.withUnsafeBufferPointer { bytes in body(UnsafeBufferPointer(rebasing: bytes[attribute.valueBytes])) }
    }

    /// Every attribute of element `index`, in document order.
    public func attributes(of index: Int) -> ArraySlice<Attribute> {
        attributeStore[nodes[index].attributes]
    }

    /// The children of `index`, in document order.
    public func children(of index: Int) -> ChildSequence {
        ChildSequence(tree: self, upcoming: nodes[index].firstChild)
    }

    /// The first element with this tag, in document order.
    public func first(_ tag: HTMLTag) -> Int? {
        nodes.firstIndex { $0.tag == tag }
    }

    /// The concatenated text of every text node under `index`, as written.
    public func textContent(of index: Int) -> String {
        if nodes[index].isText { return text(of: index) }
        var bytes: [UInt8] = []
        for node in nodes[(index + 1)..<nodes[index].end] where node.isText { bytes += textBytes[texts[node.string]] }
        return String(decoding: bytes, as: UTF8.self)
    }

    public struct ChildSequence: Sequence, IteratorProtocol {
        let tree: HTMLTree
        var upcoming: Int

        public mutating func next() -> Int? {
            guard upcoming != HTMLTree.none else { return nil }
            defer { upcoming = tree.nodes[upcoming].nextSibling }
            return upcoming
        }
    }
}
