import ReaderTestSupport
import StoryKit
import Testing

@testable import ReaderModel

/// The marks component alone: the unread count kept without a recount, and undo.
@Suite struct MarksTests {
    private let summaries = FixtureLibrary.library().summaries

    @Test func theUnreadCountFollowsEveryChange() {
        var marks = Marks()
        let first = summaries[0].id, second = summaries[1].id
        marks.take([first: StoryState(isRead: true)], of: summaries, keepingSession: false)
        #expect(marks.unreadCount == summaries.count - 1)
        marks.set(second, StoryState(isRead: true), counted: true)
        marks.set(first, StoryState(isRead: false), counted: true)
        #expect(marks.unreadCount == summaries.count - 1)
        marks.set(StoryID(Story(headline: "Not in the library")), StoryState(isRead: true), counted: false)
        #expect(marks.unreadCount == summaries.count - 1)
    }

    @Test func undoPutsBackReadAndStarButKeepsThePosition() {
        var marks = Marks()
        marks.take([:], of: summaries, keepingSession: false)
        let id = summaries[0].id
        let changes = marks.change([id], description: "starred", counted: { _ in true }) {
            $0.isStarred = true; $0.isRead = true
        }
        #expect(changes == [StateChange(id: id, kind: .read), StateChange(id: id, kind: .star)])
        marks.set(id, StoryState(isRead: true, isStarred: true, position: 4), counted: true)
        let undone = marks.undoLast(counted: { _ in true })
        #expect(undone?.description == "starred")
        #expect(undone?.changes == [StateChange(id: id, kind: .unread), StateChange(id: id, kind: .unstar)])
        #expect(marks[id] == StoryState(position: 4))
        let again = marks.undoLast(counted: { _ in true })
        #expect(again == nil)
    }

    @Test func aChangeThatChangesNothingCannotBeUndone() {
        var marks = Marks()
        let id = summaries[0].id
        let changes = marks.change([id], description: "unstarred", counted: { _ in true }) { $0.isStarred = false }
        #expect(changes.isEmpty)
        #expect(marks.undo == nil)
    }

    @Test func sessionMarksWinOverSavedOnesWhenTheLibraryChanges() {
        var marks = Marks()
        let id = summaries[0].id
        marks.take([:], of: summaries, keepingSession: false)
        marks.set(id, StoryState(isStarred: true), counted: true)
        marks.take([id: StoryState(isRead: true)], of: summaries, keepingSession: true)
        #expect(marks[id] == StoryState(isStarred: true))
    }
}
