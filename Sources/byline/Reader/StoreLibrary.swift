import Dispatch
import Foundation
import ReaderModel
import StoryKit
import StoryStore

/// The reader's library over the file store: summaries from the catalog, stories
/// from their files, links from the catalog's link index.
///
/// The link index over a large store takes a moment to build, so it is built on
/// another thread; until it is ready, one story's links are found by a scan of
/// the catalog, which is quick for one story.
struct StoreLibrary: StoryLibrary {
    let catalog: Catalog
    let reader: StoryFileReader
    let summaries: [StorySummary]
    let states: [StoryID: StoryState]
    private let links: LinkIndexBox
    /// The store's search, through its index (kept outside the store).
    let storeSearch: StoreSearch

    init(store: StoryStore) {
        catalog = store.catalog
        reader = store.fileReader
        states = store.readingState().states
        let catalog = self.catalog
        summaries = Self.summaries(of: catalog)
        links = LinkIndexBox()
        storeSearch = StoreSearch(store: store, environment: ProcessInfo.processInfo.environment)
        let box = links
        DispatchQueue.global(qos: .utility).async { box.set(LinkIndex(catalog: catalog)) }
    }

    /// What the headline list needs of every story in the catalog.
    static func summaries(of catalog: Catalog) -> [StorySummary] {
        catalog.entries.map { entry in
            StorySummary(
                id: entry.id, headline: catalog.headline(entry), agency: catalog.agency(entry),
                place: catalog.place(entry), date: entry.date, sortMinute: entry.sortMinute, timeKind: entry.timeKind,
                versionGroup: entry.versionGroup)
        }
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
