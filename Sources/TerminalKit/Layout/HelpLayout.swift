/// How the help overlay's lines fall into columns and how many fit, for a screen size.
///
/// Both the view (to draw) and the model (to stop scrolling at the last line) need
/// it, so it lives here, once; the groups are the keys and meanings the overlay lists.
public struct HelpLayout: Sendable {
    /// One line of the overlay: a group heading (empty meaning), a key and its meaning, or a gap.
    public typealias Line = (keys: String, meaning: String)

    public static let columnWidth = 36

    public let columns: [[Line]]
    /// Rows of lines the box shows at once.
    public let visibleRows: Int

    public init(width: Int, height: Int, groups named: [(name: String, lines: [Line])]) {
        let twoColumns = width >= Self.columnWidth * 2 + 6
        let groups = named.map { group in [(group.name, "")] + group.lines }
        let half = twoColumns ? (groups.count + 1) / 2 : groups.count
        let columns =
            twoColumns
            ? [Self.joined(Array(groups.prefix(half))), Self.joined(Array(groups.dropFirst(half)))]
            : [Self.joined(groups)]
        self.columns = columns
        visibleRows = max(0, min(height, (columns.map(\.count).max() ?? 0) + 2) - 2)
    }

    public var contentRows: Int { columns.map(\.count).max() ?? 0 }

    /// The furthest the overlay scrolls: its last line at the bottom of the box.
    public var maximumScroll: Int { max(0, contentRows - visibleRows) }

    private static func joined(_ groups: [[Line]]) -> [Line] {
        groups.enumerated().flatMap { index, group in (index > 0 ? [("", "")] : []) + group }
    }
}
