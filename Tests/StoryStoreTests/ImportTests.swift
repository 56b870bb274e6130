import Foundation
import StoryKit
import Testing

@testable import StoryStore

@Suite struct ImportTests {
    @Test func fixturesRoundTripThroughTheStore() throws {
        let temporary = try TemporaryStore()
        let store = try temporary.open()
        let summary = store.importPages([TemporaryStore.fixturePages])
        #expect(summary.new == 56)
        #expect(summary.failed == 5)
        #expect(summary.failures.contains { $0.file.hasSuffix("hostile-png-image.txt") && $0.kind == .failed("not a text file (PNG image)") })

        let path = TemporaryStore.fixturePages + "/2026-01-04-afp-lindmark-glassworks-takes-on-its-first.txt"
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        let parsed = try WirePageParser.parse(bytes)
        let stored = try store.story(StoryID(parsed.story))
        #expect(stored.story == parsed.story)
        #expect(stored.original == bytes)
        #expect(stored.source == path)

        let reopened = try temporary.open()
        #expect(reopened.catalog.count == 56)
        #expect(reopened.loadNotes.isEmpty)
        #expect(reopened.catalog[stored.id]?.headline == "Lindmark glassworks takes on its first ten apprentices")
    }

    @Test func importingTheSamePageAgainChangesNothing() throws {
        let temporary = try TemporaryStore()
        let path = try temporary.write("a.txt", page("Ferry service resumes"))
        let store = try temporary.open()
        #expect(store.importPages([path]).new == 1)
        let again = try temporary.open().importPages([path])
        #expect(again.unchanged == 1 && again.new == 0 && again.updated == 0)
        // The same story saved another way (CRLF, furniture) is the same story.
        let other = try temporary.write("b.txt", "Advertisement\r\n" + page("Ferry service resumes").replacingOccurrences(of: "\n", with: "\r\n"))
        let third = try temporary.open().importPages([other])
        #expect(third.unchanged == 1)
        #expect(try temporary.open().catalog.count == 1)
    }

    @Test func changedParseUpdatesTheStoryAndKeepsItsState() throws {
        let temporary = try TemporaryStore()
        let path = try temporary.write("a.txt", page("Ferry service resumes", body: "First version."))
        let store = try temporary.open()
        _ = store.importPages([path])
        let id = try #require(store.catalog.entries.first?.id)
        try store.record([StateChange(id: id, kind: .read), StateChange(id: id, kind: .star)])

        try temporary.write("a.txt", page("Ferry service resumes", body: "Corrected version."))
        let summary = try temporary.open().importPages([path])
        #expect(summary.updated == 1)
        let reopened = try temporary.open()
        #expect(try reopened.story(id).story.body == ["Corrected version."])
        #expect(reopened.readingState()[id] == StoryState(isRead: true, isStarred: true))
    }

    @Test func failuresAreReportedAndTheRestGoOn() throws {
        let temporary = try TemporaryStore()
        try temporary.write("1-good.txt", page("First good story"))
        try temporary.write("2-empty.txt", "")
        try temporary.write("3-good.txt", page("Second good story"))
        try temporary.write(".hidden.txt", page("Hidden story"))
        let summary = try temporary.open().importPages([temporary.pages, temporary.pages + "/missing.txt"])
        #expect(summary.new == 2)
        #expect(summary.failures.map(\.kind) == [.failed("empty file"), .failed("no such file or folder")])
    }

    @Test func oversizedPagesAreRefused() throws {
        let temporary = try TemporaryStore()
        let path = try temporary.write("big.txt", "Headline\n" + String(repeating: "x", count: StoryStore.pageSizeLimit + 1))
        let summary = try temporary.open().importPages([path])
        guard case .failed(let reason)? = summary.failures.first?.kind else { Issue.record("not refused"); return }
        #expect(reason.hasPrefix("too large"))
    }
}
