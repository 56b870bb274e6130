import ReaderModel

/// Everything a configuration file can change.
public struct Settings: Hashable, Sendable {
    public enum Theme: String, Hashable, Sendable, CaseIterable { case dark, light, mono }

    public var bindings = KeyBindings.standard
    public var preferences = DisplayPreferences()
    public var sort = SortOrder.newestFirst
    public var theme = Theme.dark
    /// The store folder when neither `--store` nor `BYLINE_STORE` names one.
    public var store: String?

    public init() {}
}

/// One thing wrong with a configuration file, as `FILE:LINE: what`.
public struct ConfigProblem: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var message: String

    public var description: String {
        line.map { "\(file):\($0): \(message)" } ?? "\(file): \(message)"
    }
}

extension SortOrder {
    /// The words a configuration file uses.
    static let configNames: [String: SortOrder] = ["newest": .newestFirst, "oldest": .oldestFirst, "agency": .byAgency]
}
