import ReaderModel
import ReaderTestSupport
import StoryKit
import TerminalKit
import Testing

/// "Also reported" and "Related" in the reading pane: numbered on after the latest-news
/// items, chosen with Tab and the arrows, opened with Enter or their number, and `H`
/// comes back. The runtime's background answer is handed in as the app does.
@Suite struct NeighbourTests {
    private let day = CalendarDate(year: 2026, month: 1, day: 4)!

    private func story(_ headline: String, agency: String, hour: Int, _ body: [String], latest: [LatestItem] = []) -> Story {
        Story(
            headline: headline, agency: agency, date: day, published: PublishedTime(WallClockTime(date: day, hour: hour, minute: 0)!), body: body,
            latest: latest)
    }

    private var stories: [Story] {
        [
            story(
                "Ferry crews accept harbour pay deal", agency: "PTI", hour: 9,
                [
                    "Ferry crews in Porto Vale voted to accept the harbour board pay deal after six weeks of talks.",
                    "Deckhands and engineers will get a rise over two years and one more day of leave.",
                ], latest: [LatestItem(headline: "Snow closes the mountain pass", time: WallClockTime(date: day, hour: 8, minute: 0))]),
            story(
                "Harbour pay deal accepted by ferry crews", agency: "Reuters", hour: 10,
                [
                    "Porto Vale ferry crews accepted a harbour board pay offer on Sunday, ending weeks of talks and strikes.",
                    "Engineers and deckhands get a rise, the union said, and services return to normal.",
                ]),
            story(
                "Harbour board plans new ferry terminal", agency: "AFP", hour: 11,
                [
                    "The harbour board in Porto Vale plans a ferry terminal beside the old pier, with work to start next year.",
                    "Ferry crews and the union welcomed the plan after the pay talks ended.",
                ]),
            story(
                "Snow closes the mountain pass", agency: "Yonhap", hour: 8, ["Snow closed the mountain pass above Seoul for the night; drivers turned back."]),
        ]
    }

    /// The PTI story opened full screen with the library's neighbours handed in, as the
    /// app's background job does.
    private func readingTheDealWithItsNeighbours() -> (state: ReaderState, library: InMemoryLibrary, pti: StoryID) {
        let library = InMemoryLibrary(stories: stories)
        var state = ReaderState(library: library, viewport: ScreenLayout.viewport(width: 120, height: 40))
        let pti = StoryID(stories[0])
        _ = Reader.update(&state, .reveal(pti))
        press(&state, .enter)
        send(&state, .neighboursFound(pti, library.neighbours(of: pti, excluding: [])))
        return (state, library, pti)
    }

    @Test func neighboursAreItemsThatTheKeysChooseAndOpen() throws {
        var (state, library, pti) = readingTheDealWithItsNeighbours()
        #expect(state.openStory?.id == pti)

        let open = try #require(state.openStory)
        #expect(open.alsoReported.map(\.id) == [StoryID(stories[1])], "Reuters' report of the same deal")
        #expect(open.related.map(\.id).first == StoryID(stories[2]), "the terminal plan is related, not the same event")
        #expect(!open.related.map(\.id).contains(StoryID(stories[3])), "the snow story shares no words worth the name")
        let lines = ScreenRenderer().render(state, width: 120, height: 40).lines
        #expect(lines.contains { $0.contains("Also reported") })
        #expect(lines.contains { $0.contains("2. Harbour pay deal accepted by ferry crews — Reuters · 2026-01-04 10:00") })
        #expect(lines.contains { $0.contains("3. Harbour board plans new ferry terminal — AFP") })

        // Tab to the items, down to the Reuters report, Enter: it opens; H comes back.
        press(&state, .tab, .down, .enter)
        #expect(state.openStory?.id == StoryID(stories[1]))
        press(&state, .character("H"))
        #expect(state.openStory?.id == pti)
        // The number jumps too.
        send(&state, .neighboursFound(pti, library.neighbours(of: pti, excluding: [])))
        press(&state, .character("3"))
        #expect(state.openStory?.id == StoryID(stories[2]))
    }

    @Test func aClickOnARelatedStoryOpensIt() throws {
        var (state, _, _) = readingTheDealWithItsNeighbours()
        let screen = ScreenRenderer().render(state, width: 120, height: 40).lines
        let row = try #require(screen.firstIndex { $0.contains("3. Harbour board plans new ferry terminal") })
        let column = try #require(screen[row].range(of: "Harbour board")).lowerBound.utf16Offset(in: screen[row])
        _ = Reader.update(&state, .mouse(MouseEvent(x: column + 2, y: row, kind: .click)))
        #expect(state.openStory?.id == StoryID(stories[2]))
    }

    @Test func anAnswerForAStoryNoLongerOpenIsDropped() {
        let library = InMemoryLibrary(stories: stories)
        var state = ReaderState(library: library, viewport: ScreenLayout.viewport(width: 120, height: 40))
        let shown = state.openStory!.id
        let other = StoryID(stories[0]) == shown ? StoryID(stories[1]) : StoryID(stories[0])
        send(&state, .neighboursFound(other, StoryNeighbours(related: [StoryID(stories[3])])))
        #expect(state.openStory?.id == shown && state.openStory?.neighbours == nil)
    }
}
