import ReaderTestSupport
import StoryKit
import TerminalKit
import Testing

@testable import ReaderModel

@Suite struct SearchResultsInTheReaderTests {
    /// Types a query and Enter, and hands the model the library's answer, as the app's
    /// background search does.
    private func search(_ text: String, in state: inout ReaderState, answer: (LibrarySearchAnswer) -> LibrarySearchAnswer = { $0 }) {
        var effects = press(&state, .character("/"))
        for character in text { effects += press(&state, .character(character)) }
        effects += press(&state, .enter)
        let asked = effects.compactMap { effect -> (StoryQuery, Int)? in
            if case .searchStories(let query, let generation, _) = effect { return (query, generation) } else { return nil }
        }.last!
        send(&state, .searchAnswered(generation: asked.1, answer(state.library.search(asked.0, marks: [:]))))
    }

    @Test func resultsComeBestMatchFirstAndOSwitchesToTheListOrder() {
        var state = makeState()
        // An answer in an order unlike newest first, as a ranking gives.
        search("harbour", in: &state) { LibrarySearchAnswer(ids: $0.ids.reversed()) }
        let answer = state.library.search(try! StoryQuery(parsing: "harbour"), marks: [:]).ids
        #expect(state.order.map { state.summaries[Int($0)].id } == answer.reversed())
        #expect(state.listOrderName == "best match")
        press(&state, .character("o"))
        #expect(state.listOrderName == "newest first")
        #expect(state.order.map { state.summaries[Int($0)].id } == answer, "the library answers newest first")
        press(&state, .character("o"))
        #expect(state.order.map { state.summaries[Int($0)].id } == answer.reversed())
    }

    @Test func nAndCapitalNStepThroughTheMatchesOfTheOpenStory() throws {
        let paragraphs = (0..<40).map { index in
            index % 12 == 5 ? "The old lantern was lit again in paragraph \(index)." : "Nothing to see in paragraph \(index)."
        }
        let long = Story(headline: "A long story", agency: "PTI", date: CalendarDate(year: 2026, month: 1, day: 5), body: paragraphs)
        let other = Story(headline: "Another story", agency: "PTI", date: CalendarDate(year: 2026, month: 1, day: 4), body: ["Unread and elsewhere."])
        var state = ReaderState(library: InMemoryLibrary(stories: [long, other]), viewport: ScreenLayout.viewport(width: 80, height: 20))
        search("lantern", in: &state)
        press(&state, .enter)
        #expect(state.screen == .reader && state.openStory?.story.headline == "A long story")
        let lines = StoryView.lines(try #require(state.openStory).content(highlighting: state.search.highlighter), width: state.storyFrame.columns)
        let matches = StoryView.matchLines(lines)
        #expect(matches.count == 3)
        press(&state, .character("n"))
        #expect(state.openStory?.scroll == matches[0] - 2)
        press(&state, .character("n"))
        #expect(state.openStory?.scroll == matches[1] - 2)
        press(&state, .character("N"))
        #expect(state.openStory?.scroll == matches[0] - 2)
        press(&state, .character("N"))
        #expect(state.message?.text == "no match above")
        #expect(state.openStory?.scroll == matches[0] - 2)
        press(&state, .character("n"), .character("n"))
        #expect(state.openStory?.scroll == matches[2] - 2)
        // Past the last match, `n` is next unread again: the search shows no other story.
        press(&state, .character("n"))
        #expect(state.openStory?.story.headline == "A long story" && state.openStory?.scroll == matches[2] - 2)
    }
}
