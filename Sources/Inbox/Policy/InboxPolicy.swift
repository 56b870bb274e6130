/// Which folders are inboxes and what becomes of a page once it is stored.
public struct InboxPolicy: Hashable, Sendable {
    public enum AfterImport: Hashable, Sendable {
        /// The page stays where it was saved (the default).
        case keep
        /// The page (and its `NAME_files` folder) moves into `folder`; nil means a folder
        /// `imported` inside the inbox folder it came from.
        case move(to: String?)
    }

    /// Absolute paths, `~` already expanded.
    public var folders: [String]
    public var afterImport: AfterImport

    public init(folders: [String] = [], afterImport: AfterImport = .keep) {
        self.folders = folders
        self.afterImport = afterImport
    }

    /// Where a page from `inbox` goes once stored, or nil when it stays.
    func destination(for inbox: String) -> String? {
        switch afterImport {
        case .keep: nil
        case .move(let folder): folder ?? (inbox.hasSuffix("/") ? inbox : inbox + "/") + "imported"
        }
    }
}
