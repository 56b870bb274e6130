import ReaderModel
import ReaderTestSupport
import StoryKit
import TerminalKit
import Testing

/// One story filed three times takes one row; its marks are shared; `]` and `[` step
/// through its versions and `H` comes back. All through keys.
@Suite struct VersionRowTests {
    private let day = CalendarDate(year: 2026, month: 1, day: 4)!
    private let paragraphs = [
        "Ferry crews in Porto Vale voted on Sunday to accept the pay deal the harbour board offered after six weeks of talks.",
        "The deal gives deckhands and engineers a rise of seven percent over two years and one more day of leave.",
        "Union leaders said the vote was close but that members wanted the winter timetable to run without strikes.",
        "The board said night sailings to the three outer islands would start again from the first weekend of February.",
        "Passengers who bought tickets for cancelled crossings can claim their money back at the harbour office until March.",
    ]

    private func story(_ headline: String, agency: String, hour: Int, body: [String]) -> Story {
        Story(
            headline: headline, agency: agency, date: day, published: PublishedTime(WallClockTime(date: day, hour: hour, minute: 0)!), body: body,
            latest: [])
    }

    private var stories: [Story] {
        [
            story("Ferry crews accept pay deal", agency: "PTI", hour: 9, body: paragraphs),
            story("(LEAD) Ferry crews accept pay deal", agency: "PTI", hour: 11, body: paragraphs + ["The board said services return to normal on Monday."]),
            story("Ferry crews accept pay deal", agency: "IANS", hour: 10, body: paragraphs),
            story(
                "Rail strike called off", agency: "AFP", hour: 12,
                body: [
                    "The rail unions called off Monday's strike late on Saturday after the transport ministry agreed to review rosters.",
                    "Commuters on the northern lines had been told to expect no trains at all before ten in the morning.",
                    "The ministry said an independent panel would report on night shifts and rest days before the summer.",
                ]),
            story(
                "Snow closes the mountain pass", agency: "Yonhap", hour: 8,
                body: ["Snow closed the mountain pass above the town for the night and drivers were turned back at the tunnel."]),
        ]
    }

    private func screen(_ state: ReaderState) -> [String] {
        ScreenRenderer().render(state, width: state.viewport.width, height: state.viewport.height).lines
    }

    @Test func versionsTakeOneRowShareMarksAndStepWithBrackets() throws {
        var state = ReaderState(library: InMemoryLibrary(stories: stories), viewport: ScreenLayout.viewport(width: 120, height: 30))
        #expect(state.order.count == 3)
        let lead = StoryID(stories[1])
        #expect(state.selectedSummary?.headline == "Rail strike called off")
        press(&state, .character("j"))
        #expect(state.selectedSummary?.id == lead, "the group's row is its newest version")
        // The list pane is 48 columns here: the count shows as `×3` (`3 versions` from 60).
        #expect(screen(state).contains { $0.contains(" 11:00 PTI     (LEAD) Ferry crews accept … ×3│") })

        press(&state, .character("s"))
        for version in stories.prefix(3) { #expect(state.marks(for: StoryID(version)).isStarred) }
        press(&state, .character("u"))
        for version in stories.prefix(3) { #expect(!state.marks(for: StoryID(version)).isStarred) }

        press(&state, .enter)
        for version in stories.prefix(3) { #expect(state.marks(for: StoryID(version)).isRead, "reading one version reads them all") }
        let reader = screen(state)
        #expect(reader.contains { $0.contains("+ The board said services return to normal on Monday.") }, "the paragraph the update added is marked")
        #expect(reader.contains { $0.contains("Other versions") })
        #expect(reader.contains { $0.contains("Ferry crews accept pay deal — IANS · 2026-01-04 10:00 · nothing new") })

        press(&state, .character("]"))
        #expect(state.openStory?.id == StoryID(stories[2]))
        #expect(state.message == .info("version 2 of 3, newest first"))
        press(&state, .character("]"), .character("]"))
        #expect(state.openStory?.id == lead, "from the oldest, ] goes round to the newest")
        press(&state, .character("["))
        #expect(state.openStory?.id == StoryID(stories[0]))
        press(&state, .character("H"))
        #expect(state.openStory?.id == lead)
    }

    @Test func aSearchShowsTheNewestVersionItLetsThrough() {
        var state = ReaderState(library: InMemoryLibrary(stories: stories), viewport: ScreenLayout.viewport(width: 120, height: 30))
        var effects = press(&state, .character("/"))
        for character in "agency:ians" { effects += press(&state, .character(character)) }
        effects += press(&state, .enter)
        let asked = effects.compactMap { effect -> (StoryQuery, Int)? in
            if case .searchStories(let query, let generation, _) = effect { return (query, generation) } else { return nil }
        }.last!
        send(&state, .searchAnswered(generation: asked.1, state.library.search(asked.0, marks: [:])))
        // Only the IANS copy matches: it stands for the group now, not the newer PTI update.
        #expect(state.order.map { state.summaries[Int($0)].id } == [StoryID(stories[2])])
    }

    @Test func aStoryWithoutVersionsSaysSo() {
        var state = ReaderState(library: InMemoryLibrary(stories: stories), viewport: ScreenLayout.viewport(width: 120, height: 30))
        press(&state, .enter, .character("]"))
        #expect(state.message == .info("this story has no other version in the store"))
    }
}
