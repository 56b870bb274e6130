import StoryKit

/// Where everything lives inside a store folder.
///
/// ```
/// STORE/
///   format                      "byline-store 1": refuses stores from newer versions
///   lock                        advisory lock taken by writers
///   catalog                     what the headline list needs, for every story (binary, derived)
///   catalog.journal             catalog records appended since the catalog was last written
///   stories/ab/ab12….story      one file per story: a JSON line (parsed fields, import
///                               metadata), then the original page's bytes
///   state/MACHINE.log           read, star and position events, one log per machine
///   tmp/                        catalog files being written, the intent file of a batch, and a
///                               `writing.PID` mark while a process writes story files
///   stories/ab/.ab12….tmp       a story file being written, beside its final place
/// ```
public struct StoreLayout: Sendable {
    public let root: String

    public init(root: String) {
        var root = root
        while root.count > 1 && root.hasSuffix("/") { root.removeLast() }
        self.root = root
    }

    public var formatFile: String { root + "/format" }
    public var lockFile: String { root + "/lock" }
    public var catalogFile: String { root + "/catalog" }
    public var journalFile: String { root + "/catalog.journal" }
    public var storiesFolder: String { root + "/stories" }
    public var stateFolder: String { root + "/state" }
    public var temporaryFolder: String { root + "/tmp" }
    /// Lists the stories a writer is moving into place; its presence after a crash asks for recovery.
    public var intentFile: String { temporaryFolder + "/intent" }

    public func storyFile(_ id: StoryID) -> String {
        let name = id.description
        return "\(storiesFolder)/\(name.prefix(2))/\(name).story"
    }

    /// A temp file beside the story file it will replace: renames stay inside one folder,
    /// and writers on different shards never wait for one folder's lock.
    /// A story file is written beside its final place, so that moving it there is a rename
    /// within one folder, and writers on different cores rarely share a folder.
    func temporaryStoryFile(_ id: StoryID) -> String {
        let name = id.description
        return "\(storiesFolder)/\(name.prefix(2))/." + FileSystem.uniqueName(for: "\(name).story")
    }

    /// Present while process `processID` may have story files being written in the shard
    /// folders: after a crash it tells the next writer to look for them there.
    func writingMark(_ processID: Int32) -> String {
        "\(temporaryFolder)/writing.\(processID)"
    }

    public func stateLog(machine: String) -> String {
        "\(stateFolder)/\(machine).log"
    }
}

/// Finds the store folder the way the README documents: `--store`, then
/// `BYLINE_STORE`, then the configuration's `store`, then `$XDG_DATA_HOME/byline`,
/// then `~/.local/share/byline`.
public enum StoreLocation {
    public static func resolve(option: String?, environment: [String: String], configured: String? = nil) -> String {
        if let option, !option.isEmpty { return option }
        if let store = environment["BYLINE_STORE"], !store.isEmpty { return store }
        if let configured, !configured.isEmpty { return configured }
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") { return data + "/byline" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        return home + "/.local/share/byline"
    }
}

/// The store's on-disk format version.
public enum StoreFormat {
    public static let current = 1
    static let prefix = "byline-store "

    /// Creates a new store's folders, or checks an existing one's version.
    static func prepare(_ layout: StoreLayout, create: Bool) throws(StoreError) {
        if FileSystem.exists(layout.formatFile) {
            try check(layout)
        } else if create {
            if FileSystem.exists(layout.root) && !FileSystem.isDirectory(layout.root) {
                throw StoreError("\(layout.root) is not a folder, so it cannot hold a Byline store")
            }
            try FileSystem.createDirectory(layout.root)
            // Two first imports may race to create the store: the lock lets only one write
            // the empty catalog, so the other cannot blank a catalog the first already filled.
            try StoreLock(path: layout.lockFile).withLock { () throws(StoreError) in
                if FileSystem.exists(layout.formatFile) { return try check(layout) }
                for folder in [layout.storiesFolder, layout.stateFolder, layout.temporaryFolder] {
                    try FileSystem.createDirectory(folder)
                }
                try FileSystem.writeAtomically(layout.catalogFile, CatalogCodec.magic, temporaryFolder: layout.temporaryFolder)
                // The format file goes last: its presence says the store is complete.
                try FileSystem.writeAtomically(layout.formatFile, Array("\(prefix)\(current)\n".utf8), temporaryFolder: layout.temporaryFolder)
            }
        } else if !FileSystem.exists(layout.root) {
            throw StoreError("no store at \(layout.root) yet: import pages with `byline import PATH` to create it")
        } else {
            throw StoreError("\(layout.root) is not a Byline store (it has no format file)")
        }
    }

    static func check(_ layout: StoreLayout) throws(StoreError) {
        let text = String(decoding: try FileSystem.readFile(layout.formatFile), as: UTF8.self)
        guard text.hasPrefix(prefix), let version = Int(text.dropFirst(prefix.count).prefix { $0.isNumber }) else {
            throw StoreError("\(layout.formatFile) is damaged (expected \"\(prefix)\(current)\"); nothing was changed")
        }
        if version > current {
            throw StoreError("the store at \(layout.root) was written by a newer Byline (format \(version)); this Byline reads format \(current) and will not touch it")
        }
    }
}
