import ReaderModel
import ReaderTestSupport
import StoryKit
import TerminalKit
import Testing

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
