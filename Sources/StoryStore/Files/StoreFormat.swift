import StoryKit

/// The store's on-disk format version.
///
/// Format 3 writes story files compressed (`StoryFileCompression`); format 2 wrote
/// them plain and gave each machine its own catalog (`local/MACHINE/`); format 1 kept one
/// catalog for all of them at the store's top. An older store is read as it is and moved
/// to format 3 by the first writer (`StoryStore.migrateIfNeeded`), which an older Byline
/// then refuses instead of finding story files it cannot read (or listing a catalog
/// nobody keeps up to date). Plain story files stay readable in format 3;
/// `check --repair` compresses them.
public enum StoreFormat {
    public static let current = 3
    static let prefix = "byline-store "

    /// Creates a new store's folders, or checks an existing one's version; returns the
    /// version the store is in.
    static func prepare(_ layout: StoreLayout, create: Bool) throws(StoreError) -> Int {
        if FileSystem.exists(layout.formatFile) {
            return try check(layout)
        } else if create {
            if FileSystem.exists(layout.root) && !FileSystem.isDirectory(layout.root) {
                throw StoreError("\(layout.root) is not a folder, so it cannot hold a Byline store")
            }
            try FileSystem.createDirectory(layout.root)
            // Two first imports may race to create the store: the lock lets only one create it.
            return try StoreLock(path: layout.lockFile).withLock { () throws(StoreError) -> Int in
                if FileSystem.exists(layout.formatFile) { return try check(layout) }
                for folder in [layout.storiesFolder, layout.stateFolder, layout.temporaryFolder] {
                    try FileSystem.createDirectory(folder)
                }
                // The format file goes last: its presence says the store is complete.
                try write(layout)
                return current
            }
        } else if !FileSystem.exists(layout.root) {
            throw StoreError("no store at \(layout.root) yet: import pages with `byline import PATH` to create it")
        } else {
            throw StoreError("\(layout.root) is not a Byline store (it has no format file)")
        }
    }

    /// Writes the current version into the format file.
    static func write(_ layout: StoreLayout) throws(StoreError) {
        try FileSystem.writeAtomically(layout.formatFile, Array("\(prefix)\(current)\n".utf8), temporaryFolder: layout.temporaryFolder)
    }

    @discardableResult
    static func check(_ layout: StoreLayout) throws(StoreError) -> Int {
        let text = String(decoding: try FileSystem.readFile(layout.formatFile), as: UTF8.self)
        guard text.hasPrefix(prefix), let version = Int(text.dropFirst(prefix.count).prefix { $0.isNumber }) else {
            throw StoreError("\(layout.formatFile) is damaged (expected \"\(prefix)\(current)\"); nothing was changed")
        }
        if version > current {
            throw StoreError(
                "the store at \(layout.root) was written by a newer Byline (format \(version)); this Byline reads format \(current) and will not touch it")
        }
        return version
    }
}
