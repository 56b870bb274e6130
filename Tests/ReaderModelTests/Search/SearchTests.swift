import ReaderModel
import ReaderTestSupport
import StoryKit
import TerminalKit
import Testing

@Suite struct SearchTests {
    @Test func headlinesMatchOnEveryKeystrokeAndBodiesFollow() throws {
        var state = makeState()
        send(&state, .beginSearch)
        var effects = send(&state, .searchInput("f"), .searchInput("e"), .searchInput("r"))
        #expect(state.search.session?.query == "fer")
        #expect(state.order.allSatisfy { HeadlineKey.normalised(state.summaries[Int($0)].headline + " " + state.summaries[Int($0)].place).contains("fer") })
        send(&state, .searchCancel, .beginSearch)
        effects = send(&state, .searchInput("passe"), .searchInput("ngers"))
        let headlineCount = state.order.count
        #expect(headlineCount == FixtureLibrary.stories.filter { ($0.headline + " " + ($0.place ?? "")).lowercased().contains("passengers") }.count)
        guard case .searchStories(let query, let generation, _)? = effects.last else { Issue.record("no library search"); return }
        #expect(query.text == "passengers")
        let library = FixtureLibrary.library()
        let answer = library.search(query, marks: [:])
        let inText = FixtureLibrary.stories.filter { story in
            (story.headline + " " + (story.place ?? "") + " " + story.body.joined(separator: " ")).lowercased().split(whereSeparator: { !$0.isLetter })
                .contains("passengers")
        }
        #expect(answer.ids.count == inText.count)
        #expect(answer.ids.count > headlineCount, "the text has matches the headlines do not")
        send(&state, .searchAnswered(generation: generation - 1, LibrarySearchAnswer(ids: [])))
        #expect(state.order.count == headlineCount, "answers to an older query are ignored")
        send(&state, .searchAnswered(generation: generation, answer))
        #expect(state.order.count == answer.ids.count)
        #expect(state.search.session?.bodyMatchCount == answer.ids.count - headlineCount)
        send(&state, .searchCommit)
        #expect(state.search.session?.isEditing == false)
        #expect(state.order.count == answer.ids.count)
        send(&state, .back)
        #expect(state.search.session == nil)
        #expect(state.order.count == 56)
    }

    @Test func aHeadlineIndexBuiltInTheBackgroundIsUsedOnlyForItsOwnLibrary() {
        var state = makeState()
        let stale = HeadlineSearchIndex(summaries: state.summaries, generation: state.libraryGeneration)
        let library = state.library
        send(&state, .libraryReplaced(library, selectionKeptOn: nil))
        send(&state, .headlineIndexReady(stale))
        #expect(state.search.headlineIndex == nil, "an index of the library before the change must be dropped")
        let current = HeadlineSearchIndex(summaries: state.summaries, generation: state.libraryGeneration)
        send(&state, .toggleStar)
        let message = state.message
        send(&state, .headlineIndexReady(current))
        #expect(state.search.headlineIndex === current)
        #expect(message != nil && state.message == message, "background work must not wipe the status line")
        // Search then uses it rather than building another, and finds the same as ever.
        send(&state, .beginSearch, .searchInput("harbour"))
        #expect(state.search.headlineIndex === current)
        #expect(state.order.map { state.summaries[Int($0)].headline }.allSatisfy { $0.lowercased().contains("harbour") })
        #expect(!state.order.isEmpty)
    }

    @Test func escapeClearsTheSearch() {
        var state = makeState()
        send(&state, .beginSearch, .searchInput("z"), .searchInput("q"))
        #expect(state.order.isEmpty)
        send(&state, .searchCancel)
        #expect(state.search.session == nil && state.order.count == 56)
    }

    @Test func searchMatchesEveryWordInAnyOrder() {
        var state = makeState()
        send(&state, .beginSearch, .searchInput("glassworks lindmark"))
        #expect(state.order.count == 3)
    }
}

@Suite struct QueryLanguageInTheReaderTests {
    @Test func aQueryThatCannotBeReadSaysWhereAndKeepsTheList() {
        var state = makeState()
        press(&state, .character("/"), .character("f"), .character("e"), .character("r"), .character("r"), .character("y"))
        let shown = state.order
        press(&state, .character(" "), .character("\""), .character("n"))
        #expect(state.search.session?.problem?.position == 6)
        #expect(state.order == shown, "the list keeps the last answer while the query is unreadable")
        #expect(state.search.session?.problem?.description == "at 7: this quote is not closed")
        let effects = press(&state, .character("\""))
        #expect(state.search.session?.problem == nil)
        #expect(effects.contains { if case .searchStories = $0 { true } else { false } })
    }

    @Test func theAnswerDecidesWhatTheListShowsSoNegatedWordsAndFactsHold() {
        var state = makeState()
        let effects = press(&state, .character("/"), .character("-"), .character("a"))
        guard case .searchStories(let query, let generation, _)? = effects.last else {
            Issue.record("no library search")
            return
        }
        let answer = FixtureLibrary.library().search(query, marks: [:])
        send(&state, .searchAnswered(generation: generation, answer))
        #expect(state.order.count == answer.ids.count)
        #expect(Set(state.order.map { state.summaries[Int($0)].id }) == Set(answer.ids))
    }
}
