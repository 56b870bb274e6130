import Dispatch
import Foundation
import ReaderModel
import StoryKit
import StoryStore

/// The reader's library over the file store: summaries from the catalog, stories
/// from their files, links from the catalog's link index.
///
/// The link index over a large store takes a moment to build, so it is built on
/// another thread once the first screen is up (`warmUp`); until it is ready, one
/// story's links are found by a scan of the catalog, which takes a tenth of a second
/// with a million stories, so the reader asks for them in the background meanwhile.
struct StoreLibrary: StoryLibrary {
    let catalog: Catalog
    let reader: StoryFileReader
    let summaries: [StorySummary]
    let states: [StoryID: StoryState]
    private let links = LinkIndexBox()
    /// The store's search, through its index (kept outside the store).
    let storeSearch: StoreSearch

    /// `states` is the reading state when the caller has just read it.
    init(store: StoryStore, states: [StoryID: StoryState]? = nil) {
        catalog = store.catalog
        reader = store.fileReader
        self.states = states ?? store.readingState().states
        summaries = Self.summaries(of: catalog)
        storeSearch = StoreSearch(store: store, environment: ProcessInfo.processInfo.environment)
    }

    /// The summaries are in the catalog's order, so its table of positions is theirs.
    var summaryPositions: StoryPositions { catalog.entryPositions }

    func warmUp() { links.startBuilding(from: catalog) }

    var answersLinksAtOnce: Bool { links.get() != nil }

    /// What the headline list needs of every story in the catalog, in the catalog's order.
    ///
    /// Making three strings for each of 100,000 stories is most of start-up, so the
    /// catalog is cut into one run per processor and the runs are made at once.
    static func summaries(of catalog: Catalog) -> [StorySummary] {
        let entries = catalog.entries
        let runs = entries.count < 8192 ? 1 : max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8))
        let runLength = (entries.count + runs - 1) / max(runs, 1)
        return [StorySummary](unsafeUninitializedCapacity: entries.count) { buffer, count in
            // Each run initialises its own range of the buffer and no other.
            nonisolated(unsafe) let start = buffer.baseAddress
            DispatchQueue.concurrentPerform(iterations: runs) { run in
                for index in (run * runLength)..<min(entries.count, (run + 1) * runLength) {
                    (start! + index).initialize(to: summary(of: entries[index], in: catalog))
                }
            }
            count = entries.count
        }
    }

    /// What the headline list needs of one story: `entry`'s fields, read from `catalog`.
    static func summary(of entry: CatalogEntry, in catalog: Catalog) -> StorySummary {
        StorySummary(
            id: entry.id, headline: catalog.headline(entry), agency: catalog.agency(entry), place: catalog.place(entry),
            date: entry.date, sortMinute: entry.sortMinute, timeKind: entry.timeKind, versionGroup: entry.versionGroup)
    }

    func neighbours(of id: StoryID, excluding: Set<StoryID>) -> StoryNeighbours {
        NeighbourSearch(search: storeSearch, reader: reader).neighbours(of: id, excluding: excluding)
    }

    func story(_ id: StoryID) -> Story? {
        try? reader.read(id).story
    }

    func resolve(_ item: LatestItem, from source: StoryID) -> StoryID? {
        if let index = links.get() { return index.resolve(item, from: source) }
        return LinkIndex.resolveByScan(item, in: catalog, from: source)
    }

    func stories(listing id: StoryID) -> [StoryID] {
        if let index = links.get() { return index.stories(listing: id) }
        return LinkIndex.storiesByScan(listing: id, in: catalog)
    }

    func search(_ query: StoryQuery, marks: [StoryID: StoryState]) -> LibrarySearchAnswer {
        let answer = storeSearch.search(query, order: .rank, limit: nil) { marks[$0] ?? StoryState() }
        return LibrarySearchAnswer(ids: answer.ids, note: answer.note)
    }
}
