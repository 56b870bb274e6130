import ReaderModel

extension SortOrder {
    /// The words a configuration file uses.
    static let configNames: [String: SortOrder] = ["newest": .newestFirst, "oldest": .oldestFirst, "agency": .byAgency]
}
