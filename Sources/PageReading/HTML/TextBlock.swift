import HTMLTree

/// One run of text between block boundaries: a paragraph, a heading, a list item, a
/// table cell, a caption, the text of a `div` between two of its child blocks.
struct TextBlock {
    var text: String
    /// Visible characters (spaces not counted).
    var length = 0
    /// Visible characters inside links.
    var linkLength = 0
    /// The innermost block element the text belongs to.
    var owner: Int
    /// That element's tag.
    var tag: HTMLTag
    /// Heading level when the text is inside `h1`…`h6`.
    var headingLevel: Int?
    /// Inside `figure`, `figcaption` or a table `caption`.
    var isCaption = false
    /// Inside `li`.
    var isListItem = false
    /// Inside `blockquote`.
    var isQuote = false
    /// Inside `pre`: its line breaks are kept.
    var isPreformatted = false
    /// How many enclosing elements are named for boilerplate-leaning content.
    var negativeAncestors = 0

    var linkDensity: Double { length == 0 ? 0 : Double(linkLength) / Double(length) }
}
