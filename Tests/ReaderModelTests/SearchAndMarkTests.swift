import Testing
import ReaderModel
import ReaderTestSupport
import StoryKit
import TerminalKit

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
        #expect(bodyMatches.count == FixtureLibrary.stories.filter { story in
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

@Suite struct MarkTests {
    @Test func starReadAndUndo() {
        var state = makeState()
        let story = state.selectedSummary!.id
        #expect(send(&state, .toggleStar) == [.record([StateChange(id: story, kind: .star)])])
        #expect(state.marks(for: story).isStarred)
        #expect(send(&state, .toggleRead) == [.record([StateChange(id: story, kind: .read)])])
        #expect(send(&state, .undo) == [.record([StateChange(id: story, kind: .unread)])])
        #expect(state.marks(for: story) == StoryState(isRead: false, isStarred: true))
        send(&state, .undo)
        #expect(state.message == .info("nothing to undo"))
    }

    @Test func markAllShownReadAndUndoIt() {
        var state = makeState()
        send(&state, .filterAgencyOfSelection)
        let shown = state.order.count
        guard case .record(let changes)? = send(&state, .markAllShownRead).first else { Issue.record("nothing recorded"); return }
        #expect(changes.count == shown)
        #expect(state.marks.unreadCount == 56 - shown)
        send(&state, .undo)
        #expect(state.marks.unreadCount == 56)
    }

    @Test func quitSavesThePositionFirst() {
        var state = makeState(width: 60, height: 14)
        let story = state.selectedSummary!.id
        send(&state, .open, .scrollStory(lines: 2))
        #expect(send(&state, .quit) == [.record([StateChange(id: story, kind: .position(2))]), .quit])
    }

    @Test func vAsksForTheOriginalOfTheSelectedStory() {
        var state = makeState()
        let story = state.selectedSummary!.id
        #expect(press(&state, .character("v")) == [.showOriginal(story)])
    }

    @Test func qOnThePlainListQuits() {
        var state = makeState()
        #expect(send(&state, .back) == [.quit])
    }
}

@Suite struct HelpTests {
    @Test func theHelpScrollsOnlyAsFarAsItsLastLine() {
        var state = makeState(width: 40, height: 12)
        let layout = HelpLayout(width: 40, height: 12, bindings: state.bindings)
        #expect(layout.maximumScroll > 0, "the help must not fit 40×12 for this test to mean anything")
        send(&state, .toggleHelp, .scrollHelp(lines: 3))
        #expect(state.help.scroll == 3)
        send(&state, .scrollHelp(lines: Int.max))
        #expect(state.help.scroll == layout.maximumScroll)
        send(&state, .scrollHelp(lines: -1))
        #expect(state.help.scroll == layout.maximumScroll - 1)
        send(&state, .scrollHelp(lines: Int.min))
        #expect(state.help.scroll == 0)
        // A taller screen needs less scrolling; closing and opening starts at the top.
        send(&state, .scrollHelp(lines: Int.max), .resize(makeState(width: 40, height: 30).viewport))
        #expect(state.help.scroll == HelpLayout(width: 40, height: 30, bindings: state.bindings).maximumScroll)
        send(&state, .toggleHelp, .toggleHelp)
        #expect(state.help.scroll == 0)
        // Where everything fits there is nothing to scroll.
        var wide = makeState(width: 120, height: 40)
        send(&wide, .toggleHelp, .scrollHelp(lines: 5))
        #expect(wide.help.scroll == 0)
    }

    @Test func theHelpListsEveryKeyTheMapUses() {
        let described = HelpContents.groups(.standard).flatMap { $0.lines }.map { $0.keys }.joined(separator: " ")
        for key in ["k", "j", "g", "G", "n", "p", "Tab", "Enter", "1 … 9", "H", "L", "J", "K", "q", "v", "s", "m", "A", "u", "/", "f", "o", "U", "S", "a", "d", "c", "?", "Space"] {
            #expect(described.contains(key), "help does not mention \(key)")
        }
    }
}
