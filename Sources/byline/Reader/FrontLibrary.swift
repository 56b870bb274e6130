import ReaderModel
import StoryKit
import StoryStore

/// The newest stories of a store, read from the front of its catalog file, for the first
/// screen: the reader draws it from these, then reads the whole catalog (`StoreLibrary`)
/// and takes that in their place before it handles a key (`ReaderApp`).
///
/// It holds the newest `rows` rows, with every version of the stories among them (so each
/// row's version count and the open story's other versions are the whole store's), and
/// the store's totals for the title and the position counter. What needs the whole store
/// (links, search, neighbours) it answers with nothing, and it says that its links are not
/// known (so the first screen calls no item missing): no key is handled before the whole
/// library replaces it.
struct FrontLibrary: StoryLibrary {
    let summaries: [StorySummary]
    let states: [StoryID: StoryState]
    let totals: LibraryTotals?
    private let reader: StoryFileReader

    /// Nil when the front of the catalog file does not hold together: the caller reads the
    /// whole catalog, which finds the damage and says so.
    init?(listing: CatalogListing, store: StoryStore, rows: Int) {
        var entries: [CatalogEntry] = []
        var taken = Set<StoryID>()
        var groups = Set<UInt64>()
        var shownRows = 0
        let whole = listing.forEachNewestFirst { entry in
            if taken.insert(entry.id).inserted { entries.append(entry) }
            if entry.versionGroup == 0 || groups.insert(entry.versionGroup).inserted { shownRows += 1 }
            return shownRows < rows
        }
        guard whole else { return nil }
        for group in groups {
            for member in listing.members(ofGroup: group) where taken.insert(member.id).inserted { entries.append(member) }
        }
        summaries = entries.map { StoreLibrary.summary(of: $0, in: listing.fields) }
        let states = store.readingState().states
        self.states = states
        let read = states.reduce(0) { $0 + ($1.value.isRead && listing.contains($1.key) ? 1 : 0) }
        totals = LibraryTotals(stories: listing.storyCount, unread: listing.storyCount - read, rows: listing.collapsedRowCount)
        reader = store.fileReader
    }

    func story(_ id: StoryID) -> Story? {
        try? reader.read(id).story
    }

    var answersLinksAtOnce: Bool { false }

    func resolve(_ item: LatestItem, from source: StoryID) -> StoryID? { nil }

    func stories(listing id: StoryID) -> [StoryID] { [] }

    func search(_ query: StoryQuery, marks: [StoryID: StoryState]) -> LibrarySearchAnswer {
        LibrarySearchAnswer(ids: [])
    }

    func neighbours(of id: StoryID, excluding: Set<StoryID>) -> StoryNeighbours {
        StoryNeighbours()
    }
}
