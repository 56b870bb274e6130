/// How one cell is drawn.
public struct Style: Hashable, Sendable {
    public var role: StyleRole
    public var bold = false
    public var dim = false
    public var reverse = false
    public var underline = false

    public init(_ role: StyleRole = .normal, bold: Bool = false, dim: Bool = false, reverse: Bool = false, underline: Bool = false) {
        self.role = role
        self.bold = bold
        self.dim = dim
        self.reverse = reverse
        self.underline = underline
    }

    public static let normal = Style()
    public static let title = Style(.title, bold: true, reverse: true)
    public static let headline = Style(.headline, bold: true)
    public static let meta = Style(.meta, dim: true)
    public static let unread = Style(.unread, bold: true)
    public static let starred = Style(.starred, bold: true)
    public static let selection = Style(.selection, reverse: true)
    public static let inactiveSelection = Style(.inactiveSelection, underline: true)
    public static let link = Style(.link, underline: true)
    public static let missingLink = Style(.missingLink, dim: true)
    public static let sectionHeading = Style(.sectionHeading, bold: true, underline: true)
    public static let status = Style(.status, reverse: true)
    public static let statusError = Style(.statusError, bold: true, reverse: true)
    public static let searchPrompt = Style(.searchPrompt, bold: true)
    public static let help = Style(.help)
    public static let helpKey = Style(.helpKey, bold: true)
    public static let border = Style(.border, dim: true)
    public static let match = Style(.match, bold: true, underline: true)

    /// Overlays this style's attributes on a row's base style (selection keeps its reverse).
    func combined(with base: Style) -> Style {
        var result = self
        result.reverse = reverse || base.reverse
        result.underline = underline || base.underline
        if base.reverse { result.role = base.role == .selection ? .selection : result.role }
        return result
    }

    /// One letter for style masks in snapshots: B bold, D dim, R reverse, U underline, . plain.
    var maskLetter: Character {
        if reverse { return "R" }
        if bold { return "B" }
        if underline { return "U" }
        if dim { return "D" }
        return "."
    }
}
