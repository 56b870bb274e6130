import Foundation
import SearchIndex
import StoryKit
import StoryStore

/// The search index of a store opened without walking its catalog (`StoryStore.listing`),
/// when the index holds exactly the stories the listing's version stamps sum up: then a
/// command's search costs the query and not a pass over every story.
///
/// Anything else (no index, one out of date, damaged or unreadable) is nil, and the
/// caller goes through `StoreSearch`, which walks the catalog, brings the index up to
/// date and says what it found.
enum CurrentIndex {
    static func of(_ store: StoryStore, environment: [String: String]) -> SearchIndex? {
        guard let listing = store.listing else { return nil }
        let path = SearchIndexLocation.path(forStore: store.layout.root, environment: environment)
        guard FileManager.default.fileExists(atPath: path), let index = try? SearchIndex(path: path), index.recreatedBecause == nil,
            index.isCurrent(IndexFingerprint(listing.stamps))
        else { return nil }
        return index
    }
}
