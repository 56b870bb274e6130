/// What of a page the tree keeps. A reader that needs only some attributes and only
/// some scripts says so, and the parser never builds strings for the rest: on real
/// pages, scripts, styles and `data-*` attributes are often most of the bytes.
public struct HTMLParseOptions: Sendable {
    /// Attribute names (lower case) to keep; nil keeps every attribute.
    public let attributes: Set<String>?
    /// Script types (lower case `type` values) whose text is kept; nil keeps the text of
    /// every script and style. With a set, style sheets' text is dropped too.
    public let scriptTypes: Set<String>?
    /// The kept attribute names of up to sixteen bytes, by their packed bytes, so that the
    /// parser's callbacks find a kept name without making a string for every attribute.
    /// Made once with the options, not at every parse.
    let packedAttributes: PackedNameTable<String>

    public init(attributes: Set<String>? = nil, scriptTypes: Set<String>? = nil) {
        self.attributes = attributes
        self.scriptTypes = scriptTypes
        packedAttributes = PackedNameTable((attributes ?? []).compactMap { name in PackedName(name).map { ($0, name) } })
    }

    /// Everything.
    public static let all = HTMLParseOptions()
}
