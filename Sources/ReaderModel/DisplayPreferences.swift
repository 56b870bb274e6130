import TerminalKit

/// How the views should look, as the configuration says.
public struct DisplayPreferences: Hashable, Sendable {
    public typealias DateStyle = TerminalKit.DateStyle

    /// The list's share of the width when list and story are side by side, in percent.
    public var listPercent = 40
    public var dateStyle = DateStyle.dayMonth

    public init(listPercent: Int = 40, dateStyle: DateStyle = .dayMonth) {
        self.listPercent = listPercent
        self.dateStyle = dateStyle
    }
}
