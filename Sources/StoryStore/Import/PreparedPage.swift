import Dispatch
import StoryKit

/// A page after the parallel stage: parsed and written to temp files, or decided already.
struct PreparedPage: Sendable {
    enum State: Sendable {
        case failed(String)
        case unchanged(StoryID)
        /// The catalog record travels with the story so that it is built on the parallel
        /// stage, not while the batch holds the lock.
        case parsed(StoredStory, CatalogRecord)

        static func parsed(_ stored: StoredStory) -> State { .parsed(stored, stored.catalogRecord) }
    }

    var file: String
    var state: State
    var temporaryStory: String?

    var storedStory: StoredStory? {
        if case .parsed(let stored, _) = state { return stored }
        return nil
    }

    var catalogRecord: CatalogRecord? {
        if case .parsed(_, let record) = state { return record }
        return nil
    }

    func discardTemporaryFiles() {
        if let temporaryStory { FileSystem.remove(temporaryStory) }
    }
}
