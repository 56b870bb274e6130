import ReaderModel
import SearchIndex
import StoryKit
import StoryStore

/// A story's neighbours through the search index: its significant words, any of them,
/// within the surrounding days, ranked by BM25; the best forty are then sorted by
/// `NeighbourRule` into other sources' reports of the event and related stories.
struct NeighbourSearch {
    let search: StoreSearch
    let reader: StoryFileReader
    /// How many of the index's best matches are looked at.
    static let candidates = 40

    func neighbours(of id: StoryID, excluding: Set<StoryID>) -> StoryNeighbours {
        // Checked before the story is read: without a current index there is no answer.
        guard search.indexIsCurrent() else { return Self.staleIndex }
        guard let story = try? reader.read(id).story else { return StoryNeighbours() }
        return neighbours(of: story, id: id, excluding: excluding, indexChecked: true)
    }

    /// The same for a story the caller has read already (`byline show`).
    func neighbours(of story: Story, id: StoryID, excluding: Set<StoryID>, indexChecked: Bool = false) -> StoryNeighbours {
        // Without a current index a search would read every story file; the reader brings
        // the index up to date in the background, and `byline index` does it at once.
        guard indexChecked || search.indexIsCurrent() else { return Self.staleIndex }
        guard let query = Self.query(for: story) else { return StoryNeighbours() }
        let ranked = search.search(query, order: .rank, limit: Self.candidates + 1) { _ in StoryState() }.ids.filter { $0 != id }
        return StoryNeighbours.sorted(
            ranked, of: NeighbourRule.Facts(story: story), facts: { (try? reader.read($0).story).map(NeighbourRule.Facts.init) },
            isExcluded: excluding.contains)
    }

    private static let staleIndex = StoryNeighbours(note: "the search index is not up to date (byline index brings it up to date)")

    /// `("harbour" OR "ferry" OR …) date:2026-01-01..2026-01-07`: the words are folded to
    /// letters and digits and quoted, so nothing in a story can change the query's shape.
    static func query(for story: Story) -> StoryQuery? {
        let words = NeighbourRule.queryWords(headline: story.headline, body: story.body)
        guard !words.isEmpty else { return nil }
        var text = "(" + words.map { "\"\($0)\"" }.joined(separator: " OR ") + ")"
        if let date = story.date ?? story.published?.date,
            let first = CalendarDate(dayNumber: date.dayNumber - NeighbourRule.relatedDays),
            let last = CalendarDate(dayNumber: date.dayNumber + NeighbourRule.relatedDays)
        {
            text += " date:\(first)..\(last)"
        }
        return try? StoryQuery(parsing: text)
    }
}
