import Foundation
import SearchIndex
import StoryKit
import StoryStore

/// Search over a store, as the reader and `byline search` both run it: through the
/// search index when it is current, else by a scan of the story files, with a note
/// saying why. The index is derived data, so any run may build or repair it; nothing
/// in the store is ever changed by it.
struct StoreSearch: Sendable {
    let source: StoreIndexSource
    let indexPath: String
    private let fingerprint = FingerprintCache()

    init(store: StoryStore, environment: [String: String]) {
        source = StoreIndexSource(store: store)
        indexPath = SearchIndexLocation.path(forStore: store.layout.root, environment: environment)
    }

    init(source: StoreIndexSource, indexPath: String) {
        self.source = source
        self.indexPath = indexPath
    }

    /// The answer to a query, and a note when the index could not give it.
    struct Answer: Sendable {
        var ids: [StoryID]
        var note: String?
    }

    /// Brings the index up to date, creating or repairing it; the note says what went
    /// wrong if it could not (the store is untouched either way).
    func updateIndex(rebuild: Bool = false, progress: (Int, Int) -> Void = { _, _ in }) -> (update: IndexUpdate?, note: String?) {
        do throws(SQLiteError) {
            // No index yet, or one to throw away: built whole in a file of its own.
            guard !rebuild, FileManager.default.fileExists(atPath: indexPath) else {
                return (try SearchIndex.build(at: indexPath, from: source, progress: progress), nil)
            }
            let index = try SearchIndex(path: indexPath)
            if let reason = index.recreatedBecause {
                return (try SearchIndex.build(at: indexPath, from: source, progress: progress), "the search index was built again: \(reason)")
            }
            return (try index.update(from: source, progress: progress), nil)
        } catch let error where error.isDamage {
            // Found damaged while writing: built again from nothing.
            do {
                let update = try SearchIndex.build(at: indexPath, from: source, progress: progress)
                return (update, "the search index was damaged and was built again")
            } catch {
                return (nil, "the search index cannot be written (\(error.message))")
            }
        } catch {
            return (nil, error.isDiskFull ? "the search index cannot be written: the disk is full" : "the search index cannot be written (\(error.message))")
        }
    }

    /// Whether the index exists and holds every story as it is now.
    func indexIsCurrent() -> Bool {
        Self.currentIndex(at: indexPath, holding: storesFingerprint) != nil
    }

    /// The index at `path` when it exists, is of this Byline, and holds exactly the stories
    /// `fingerprint` sums up (worked out only when there is an index to compare).
    static func currentIndex(at path: String, holding fingerprint: @autoclosure () -> IndexFingerprint) -> SearchIndex? {
        guard FileManager.default.fileExists(atPath: path), let index = try? SearchIndex(path: path), index.recreatedBecause == nil,
            index.isCurrent(fingerprint())
        else { return nil }
        return index
    }

    /// The index of a store opened without walking its catalog (`StoryStore.listing`),
    /// when it is current for the listing's version stamps: then a command's search costs
    /// the query and not a pass over every story. Nil otherwise, and the command goes
    /// through a `StoreSearch`, which walks, brings the index up to date and says why.
    static func currentIndex(ofUnwalked store: StoryStore, environment: [String: String]) -> SearchIndex? {
        guard let listing = store.listing else { return nil }
        return currentIndex(at: SearchIndexLocation.path(forStore: store.layout.root, environment: environment), holding: IndexFingerprint(listing.stamps))
    }

    /// What a current index's fingerprint is: one pass over the catalog, the first time.
    var storesFingerprint: IndexFingerprint {
        fingerprint.get { IndexFingerprint(source.indexStamps()) }
    }

    /// A command's search: the index is brought up to date first when the store changed
    /// (with a progress bar on a terminal), then asked.
    func searchUpdatingIndex(_ query: StoryQuery, order: SearchOrder, limit: Int?, showProgress: Bool, marks: @escaping @Sendable (StoryID) -> StoryState)
        -> Answer
    {
        if !indexIsCurrent() { IndexRefresh.run(self, showProgress: showProgress) }
        return search(query, order: order, limit: limit, marks: marks)
    }

    /// Stories matching `query`, through the index when it is current; `marks` answers `is:`.
    func search(_ query: StoryQuery, order: SearchOrder, limit: Int?, marks: @escaping @Sendable (StoryID) -> StoryState) -> Answer {
        let reason: String
        do {
            if let index = try existingIndex() {
                if index.isCurrent(storesFingerprint) { return Answer(ids: try index.search(query, order: order, limit: limit, marks: marks)) }
                reason = "the search index is not up to date"
            } else {
                reason = "the search index is not built yet"
            }
        } catch {
            reason = error.isDamage ? "the search index is damaged" : "the search index cannot be read (\(error.message))"
        }
        return Answer(ids: scan(query, limit: limit, marks: marks), note: "\(reason): searched the story files instead, newest first")
    }

    /// The index when its file exists. Looking must not create the file: a missing index
    /// is built whole by the next update, which is faster than filling an empty one.
    private func existingIndex() throws(SQLiteError) -> SearchIndex? {
        FileManager.default.fileExists(atPath: indexPath) ? try SearchIndex(path: indexPath) : nil
    }

    /// Every story file read and matched: slow on a large store, but always right.
    func scan(_ query: StoryQuery, limit: Int?, marks: @escaping @Sendable (StoryID) -> StoryState) -> [StoryID] {
        let entries = source.catalog.entries.sorted(by: CatalogListing.isNewer)
        let verdicts = source.reader.readManySearchable(entries.map(\.id)) { id, story in
            query.matches(SearchableStory(story: story, marks: marks(id)))
        }
        var ids: [StoryID] = []
        for (entry, verdict) in zip(entries, verdicts) where verdict == true {
            ids.append(entry.id)
            if let limit, ids.count >= limit { break }
        }
        return ids
    }
}
