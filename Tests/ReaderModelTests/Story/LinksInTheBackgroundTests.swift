import ReaderModel
import ReaderTestSupport
import StoryKit
import TerminalKit
import Testing

/// A story opened while the library is still building its index of links (a large
/// store, right after start): it opens at once without its links, calls no item
/// missing, and takes the links when the background answer comes, as the app sends it.
@Suite struct LinksInTheBackgroundTests {
    private let day = CalendarDate(year: 2026, month: 1, day: 4)!

    /// A library whose links are not ready: the reader must not ask for them at a key.
    private struct IndexingLibrary: StoryLibrary {
        let inner: InMemoryLibrary
        var summaries: [StorySummary] { inner.summaries }
        var states: [StoryID: StoryState] { inner.states }
        var answersLinksAtOnce: Bool { false }
        func story(_ id: StoryID) -> Story? { inner.story(id) }
        func resolve(_ item: LatestItem, from source: StoryID) -> StoryID? { inner.resolve(item, from: source) }
        func stories(listing id: StoryID) -> [StoryID] { inner.stories(listing: id) }
        func search(_ query: StoryQuery, marks: [StoryID: StoryState]) -> LibrarySearchAnswer { inner.search(query, marks: marks) }
        func neighbours(of id: StoryID, excluding: Set<StoryID>) -> StoryNeighbours { inner.neighbours(of: id, excluding: excluding) }
    }

    private var stories: [Story] {
        let time = { (hour: Int) in PublishedTime(WallClockTime(date: day, hour: hour, minute: 0)!) }
        return [
            Story(
                headline: "Ferry crews accept harbour pay deal", agency: "PTI", date: day, published: time(9),
                body: ["Ferry crews in Porto Vale voted to accept the pay deal."],
                latest: [
                    LatestItem(headline: "Snow closes the mountain pass", time: WallClockTime(date: day, hour: 8, minute: 0)),
                    LatestItem(headline: "Lighthouse keeper retires after forty years", time: WallClockTime(date: day, hour: 7, minute: 0)),
                ]),
            Story(
                headline: "Snow closes the mountain pass", agency: "Yonhap", date: day, published: time(8),
                body: ["Snow closed the mountain pass above Seoul for the night."]),
        ]
    }

    private func readingTheDeal() -> (state: ReaderState, inner: InMemoryLibrary, deal: StoryID) {
        let inner = InMemoryLibrary(stories: stories)
        var state = ReaderState(library: IndexingLibrary(inner: inner), viewport: ScreenLayout.viewport(width: 120, height: 40))
        let deal = StoryID(stories[0])
        _ = Reader.update(&state, .reveal(deal))
        press(&state, .enter)
        return (state, inner, deal)
    }

    @Test func theStoryOpensWithoutItsLinksAndCallsNoItemMissing() throws {
        var (state, _, deal) = readingTheDeal()
        let open = try #require(state.openStory)
        #expect(open.id == deal && !open.linksFound)
        let lines = ScreenRenderer().render(state, width: 120, height: 40).lines
        #expect(lines.contains { $0.contains("Snow closes the mountain pass") })
        #expect(!lines.contains { $0.contains("(not in the store)") }, "not known yet is not missing")

        press(&state, .character("1"))
        #expect(state.openStory?.id == deal, "no jump before the links are known")
        #expect(state.message?.text.contains("still finding") == true)
    }

    @Test func theBackgroundAnswerGivesTheItemsTheirStories() throws {
        var (state, inner, deal) = readingTheDeal()
        let links = StoryLinks(of: deal, story: stories[0], in: inner)
        #expect(links.targets == [StoryID(stories[1]), nil])
        send(&state, .linksFound(deal, links, libraryGeneration: state.libraryGeneration))
        #expect(state.openStory?.linksFound == true)
        let lines = ScreenRenderer().render(state, width: 120, height: 40).lines
        #expect(lines.contains { $0.contains("Lighthouse keeper retires after forty years") && $0.contains("(not in the store)") })
        #expect(!lines.contains { $0.contains("Snow closes the mountain pass") && $0.contains("(not in the store)") })

        press(&state, .character("1"))
        #expect(state.openStory?.id == StoryID(stories[1]))
        // The snow story opens without its links too, and is listed in the deal once they come.
        #expect(state.openStory?.linksFound == false)
        let snow = StoryID(stories[1])
        send(&state, .linksFound(snow, StoryLinks(of: snow, story: stories[1], in: inner), libraryGeneration: state.libraryGeneration))
        #expect(state.openStory?.listedIn.map(\.id) == [deal])
        press(&state, .character("H"))
        #expect(state.openStory?.id == deal)
    }

    @Test func anAnswerFromAnEarlierLibraryOrForAnotherStoryIsDropped() throws {
        var (state, inner, deal) = readingTheDeal()
        let links = StoryLinks(of: deal, story: stories[0], in: inner)
        send(&state, .linksFound(deal, links, libraryGeneration: state.libraryGeneration - 1))
        #expect(state.openStory?.linksFound == false)
        send(&state, .linksFound(StoryID(stories[1]), StoryLinks(targets: [], listedIn: [deal]), libraryGeneration: state.libraryGeneration))
        #expect(state.openStory?.id == deal && state.openStory?.linksFound == false)
    }
}
