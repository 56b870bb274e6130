import StoryKit

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
            throw StoreError(
                "the store at \(layout.root) was written by a newer Byline (format \(version)); this Byline reads format \(current) and will not touch it")
        }
    }
}
