import Dispatch
import StoryKit

/// A page after the parallel stage: parsed and written to temp files, or decided already.
struct PreparedPage: Sendable {
    enum State: Sendable {
        case failed(String)
        case unchanged(StoryID)
        /// The catalog record and the text's fingerprint travel with the story so that they
        /// are made on the parallel stage, not while the batch holds the lock (grouping
        /// versions compares the fingerprints of the batch's own stories).
        case parsed(StoredStory, CatalogRecord, TextFingerprint)

        static func parsed(_ stored: StoredStory) -> State {
            let fingerprint = TextFingerprint(paragraphs: stored.story.body)
            return .parsed(stored, stored.catalogRecord(fingerprint: fingerprint), fingerprint)
        }
    }

    var file: String
    var state: State
    var temporaryStory: String?
    /// How the next import may know this page without reading it (set for pages stored
    /// or found unchanged, and remembered once the batch is committed).
    var seen: SeenPages.Entry?
    /// Found unchanged from its status alone, without being read.
    var knownByStatus = false

    var storedStory: StoredStory? {
        if case .parsed(let stored, _, _) = state { return stored }
        return nil
    }

    var catalogRecord: CatalogRecord? {
        if case .parsed(_, let record, _) = state { return record }
        return nil
    }

    var fingerprint: TextFingerprint? {
        if case .parsed(_, _, let fingerprint) = state { return fingerprint }
        return nil
    }

    func discardTemporaryFiles() {
        if let temporaryStory { FileSystem.remove(temporaryStory) }
    }
}
