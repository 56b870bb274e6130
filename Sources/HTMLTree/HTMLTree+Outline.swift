extension HTMLTree {
    /// The tree as a line per node in document order: its depth, then its element name
    /// and kept attributes, or its text in quotes. Two trees with equal outlines hold the
    /// same elements, attributes and text in the same places, which is what the tests and
    /// the fuzzer compare; the text of scripts and styles can be left out, for comparing
    /// a tree that kept it with one that did not.
    public func outline(includingScriptText: Bool = true) -> [String] {
        nodes.indices.compactMap { index in
            let node = nodes[index]
            if node.isText {
                let parent = node.parent == Self.none ? HTMLTag.other : nodes[node.parent].tag
                if !includingScriptText && (parent == .script || parent == .style) { return nil }
                return "\(node.depth) \"\(text(of: index))\""
            }
            let attributes = self.attributes(of: index).map { " \($0.name)=\(value(of: $0))" }.joined()
            return "\(node.depth) <\(name(of: index))\(attributes)>"
        }
    }
}
