import StoryKit
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads story files from any thread: what a background search or the reader's
/// library needs, without the store's writer state.
public struct StoryFileReader: Sendable {
    let layout: StoreLayout

    public func read(_ id: StoryID) throws(StoreError) -> StoredStory {
        try StoryFiles(layout: layout).read(id)
    }

    /// Reads many stories on every core, in order; nil for a story that cannot be read
    /// (the derived search index is built this way, and `check` reports the broken file).
    /// `transform` runs on the same cores, so the work done with each story spreads too.
    /// Reading waits on the disk more than it computes, so it runs on more threads than cores.
    public func readMany<T: Sendable>(_ ids: [StoryID], _ transform: @escaping @Sendable (_ requested: StoryID, StoredStory) -> T) -> [T?] {
        let files = StoryFiles(layout: layout)
        return ids.ioBoundMap { id in (try? files.read(id)).map { transform(id, $0) } }
    }

    /// Reads many stories' searchable parts the way `readMany` reads whole stories: for
    /// building the index and scanning, which look at the words and facts a query names
    /// and nothing else (the stories' latest items have no times or addresses here).
    public func readManySearchable<T: Sendable>(_ ids: [StoryID], _ transform: @escaping @Sendable (_ requested: StoryID, Story) -> T) -> [T?] {
        let files = StoryFiles(layout: layout)
        return ids.ioBoundMap { id in (try? files.readSearchable(id)).map { transform(id, $0) } }
    }
}

extension StoryStore {
    public var fileReader: StoryFileReader { StoryFileReader(layout: layout) }
}
