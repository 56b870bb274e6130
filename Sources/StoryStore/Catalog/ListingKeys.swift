import StoryKit

/// The keys `ListedTimes` looks up at every batch, filed by catalog position: each story's
/// headline and URL keys, and the keys of the timed items its latest-news list names.
/// Callers check each position against its record (see `PositionRuns`).
struct ListingKeys: Sendable {
    private var storyHeadlines = PositionRuns()
    private var storyURLs = PositionRuns()
    private var itemHeadlines = PositionRuns()
    private var itemURLs = PositionRuns()

    init(catalog: Catalog) {
        add(Int32(0)..<Int32(catalog.entries.count), of: catalog)
    }

    /// Files the keys of the records at `positions` as they are in `catalog` now.
    mutating func add(_ positions: some Sequence<Int32>, of catalog: Catalog) {
        var headlines: [(key: UInt64, position: Int32)] = [], urls: [(key: UInt64, position: Int32)] = []
        var itemHeadlineKeys: [(key: UInt64, position: Int32)] = [], itemURLKeys: [(key: UInt64, position: Int32)] = []
        for position in positions {
            let entry = catalog.entries[Int(position)]
            headlines.append((entry.headlineKey, position))
            if entry.urlKey != 0 { urls.append((entry.urlKey, position)) }
            catalog.forEachLink(of: entry) { item in
                guard item.timed else { return }
                itemHeadlineKeys.append((item.headlineKey, position))
                if item.urlKey != 0 { itemURLKeys.append((item.urlKey, position)) }
            }
        }
        storyHeadlines.add(headlines)
        storyURLs.add(urls)
        itemHeadlines.add(itemHeadlineKeys)
        itemURLs.add(itemURLKeys)
    }

    /// Positions of stories whose headline key is `key`.
    func forEachStory(withHeadline key: UInt64, _ body: (Int32) -> Void) { storyHeadlines.forEachPosition(under: key, body) }
    /// Positions of stories whose URL key is `key`.
    func forEachStory(withURL key: UInt64, _ body: (Int32) -> Void) { storyURLs.forEachPosition(under: key, body) }
    /// Positions of stories with a timed item whose headline key is `key`.
    func forEachListing(ofHeadline key: UInt64, _ body: (Int32) -> Void) { itemHeadlines.forEachPosition(under: key, body) }
    /// Positions of stories with a timed item whose URL key is `key`.
    func forEachListing(ofURL key: UInt64, _ body: (Int32) -> Void) { itemURLs.forEachPosition(under: key, body) }
}
