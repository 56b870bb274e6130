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
        guard case .searchBodies(let query, let generation, let candidates)? = effects.last else { Issue.record("no body search"); return }
        #expect(query == "passengers")
        #expect(candidates.count == 56 - headlineCount)
        let library = FixtureLibrary.library()
        let bodyMatches = library.storiesWithBody(containing: query, among: candidates)
        #expect(
            bodyMatches.count
                == FixtureLibrary.stories.filter { story in
                    !(story.headline + " " + (story.place ?? "")).lowercased().contains("passengers") && story.body.joined().lowercased().contains("passengers")
                }.count)
        #expect(!bodyMatches.isEmpty)
        send(&state, .bodyMatches(generation: generation - 1, ids: candidates))
        #expect(state.order.count == headlineCount, "results of an older query are ignored")
        send(&state, .bodyMatches(generation: generation, ids: bodyMatches))
        #expect(state.order.count == headlineCount + bodyMatches.count)
        send(&state, .searchCommit)
        #expect(state.search.session?.isEditing == false)
        #expect(state.order.count == headlineCount + bodyMatches.count)
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
