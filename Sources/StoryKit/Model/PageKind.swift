/// How a page was read: which of Byline's readers made the story out of it.
public enum PageKind: String, Hashable, Sendable, Codable, CaseIterable {
    /// The tidy plain-text wire page.
    case wire
    /// An HTML page (also when it came gzip-compressed).
    case html
    /// A browser's single-file save: MIME with the HTML page inside.
    case mhtml
    /// A plain-text dump of a real page (`w3m -dump`, select-all and paste).
    case dump
}
