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
}

extension StoryStore {
    public var fileReader: StoryFileReader { StoryFileReader(layout: layout) }
}
