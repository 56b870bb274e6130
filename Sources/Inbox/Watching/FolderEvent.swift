/// What the kernel said about one name in a watched folder.
public struct FolderEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// Written to (or created): whatever it holds is not complete yet.
        case changed
        /// Closed after writing: complete, unless the writer opens it again soon.
        case closed
        /// Renamed into the folder (how browsers finish a download): complete.
        case arrived
        /// Deleted or renamed away.
        case gone
        /// The watched folder itself was deleted, moved or unmounted.
        case folderGone
        /// The kernel's queue overflowed and events were lost: look at the folder again.
        case overflow
    }

    public var kind: Kind
    public var folder: String
    /// The file's name inside `folder` (empty for the folder events).
    public var name: String

    public init(kind: Kind, folder: String, name: String) {
        self.kind = kind
        self.folder = folder
        self.name = name
    }

    public var path: String { (folder.hasSuffix("/") ? folder : folder + "/") + name }
}
