import Foundation
import Inbox
import StoryKit
import StoryStore
import Testing

@Suite struct InboxTests {
    @Test func pagesAlreadyInTheFolderAreImportedOnceAndNotAgainNextTime() throws {
        let folders = try InboxFolders()
        try folders.save("one.txt", page("Ferry service resumes"))
        try folders.save("two.txt", page("Harbour reopens after the storm"))
        let store = try folders.openStore()
        let first = deliveries(of: try folders.inbox(store)) { $0.flatMap(\.pages).count >= 2 }
        #expect(first.flatMap(\.pages).map(\.outcome.kind) == [.new, .new])
        #expect(store.catalog.count == 2)

        // The next inbox on this machine (the reader opened again) knows them from the log.
        let again = deliveries(of: try folders.inbox(try folders.openStore()), for: .milliseconds(600))
        #expect(again.isEmpty)
    }

    @Test func aPageWrittenInPiecesIsImportedOnlyWhenItsWriterClosesIt() throws {
        let folders = try InboxFolders()
        let store = try folders.openStore()
        let inbox = try folders.inbox(store)
        let path = folders.inbox + "/slow.txt"
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let writer = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        let text = Array(page("Slow page arrives whole", body: "The first words of a long story.").utf8)
        let pieces = stride(from: 0, to: text.count, by: 25).map { Array(text[$0..<min($0 + 25, text.count)]) }
        for piece in pieces {
            try writer.write(contentsOf: piece)
            // Longer pauses than the settle time: only the close says the page is complete.
            #expect(deliveries(of: inbox, for: .milliseconds(250)).isEmpty)
        }
        #expect(store.catalog.count == 0)
        try writer.close()
        let arrived = deliveries(of: inbox) { !$0.isEmpty }.flatMap(\.pages)
        #expect(arrived.map(\.outcome.kind) == [.new])
        let id = try #require(arrived.first?.outcome.id)
        let story = try store.story(id).story
        #expect(story.headline == "Slow page arrives whole")
        #expect(story.body.last == "A second paragraph says more about it.")
    }

    @Test func aBrowserDownloadIsTakenWhenRenamedAndItsPlaceholderIsNot() throws {
        let folders = try InboxFolders()
        let store = try folders.openStore()
        let inbox = try folders.inbox(store)
        // Firefox: an empty file under the final name, the content in NAME.part, then a rename.
        try folders.save("story.txt", "")
        let part = try folders.save("story.txt.part", page("Download finished at last"))
        #expect(deliveries(of: inbox, for: .milliseconds(500)).isEmpty)
        try FileManager.default.removeItem(atPath: folders.inbox + "/story.txt")
        try FileManager.default.moveItem(atPath: part, toPath: folders.inbox + "/story.txt")
        let arrived = deliveries(of: inbox) { !$0.isEmpty }.flatMap(\.pages)
        #expect(arrived.map(\.outcome.file) == [folders.inbox + "/story.txt"])
        #expect(arrived.map(\.outcome.kind) == [.new])
        #expect(deliveries(of: inbox, for: .milliseconds(400)).isEmpty)
        #expect(store.catalog.count == 1)
    }

    @Test func aFailedPageStaysWithItsReasonLoggedAndIsTakenAgainOnceChanged() throws {
        let folders = try InboxFolders()
        let store = try folders.openStore()
        let inbox = try folders.inbox(store)
        let path = try folders.saveImage("notes.txt")
        let failed = deliveries(of: inbox) { !$0.isEmpty }.flatMap(\.pages)
        guard case .failed(let reason) = failed.first?.outcome.kind else {
            Issue.record("expected a failure, got \(failed)")
            return
        }
        #expect(FileManager.default.fileExists(atPath: path))
        let listed = store.inboxHistory().failuresStillThere()
        #expect(listed.map(\.file) == [path])
        #expect(listed.first?.reason == reason)

        try folders.save("notes.txt", page("Now a real story"))
        let fixed = deliveries(of: inbox) { !$0.isEmpty }.flatMap(\.pages)
        #expect(fixed.map(\.outcome.kind) == [.new])
        #expect(store.inboxHistory().failuresStillThere().isEmpty)
    }

    @Test func movePolicyMovesStoredPagesWithTheirFilesFolderAndKeepsFailures() throws {
        let folders = try InboxFolders()
        let store = try folders.openStore()
        let done = folders.base + "/done"
        try FileManager.default.createDirectory(atPath: done, withIntermediateDirectories: true)
        try Data("taken".utf8).write(to: URL(fileURLWithPath: done + "/page.txt"))
        try FileManager.default.createDirectory(atPath: folders.inbox + "/page_files", withIntermediateDirectories: true)
        try folders.save("page.txt", page("Moved once stored"))
        try folders.saveImage("bad.txt")
        let inbox = try folders.inbox(store, afterImport: .move(to: done))
        let pages = deliveries(of: inbox) { $0.flatMap(\.pages).count >= 2 }.flatMap(\.pages)
        #expect(pages.first { $0.outcome.id != nil }?.movedTo == done + "/page (2).txt")
        #expect(FileManager.default.fileExists(atPath: done + "/page (2).txt"))
        #expect(FileManager.default.fileExists(atPath: done + "/page (2)_files"))
        #expect(!FileManager.default.fileExists(atPath: folders.inbox + "/page.txt"))
        #expect(FileManager.default.fileExists(atPath: folders.inbox + "/bad.txt"))
    }

    @Test func aMissingInboxFolderIsCreatedAndAVanishedOneIsReported() throws {
        let folders = try InboxFolders()
        let store = try folders.openStore()
        let later = folders.base + "/not-yet/news"
        let inbox = try Inbox(store: store, policy: InboxPolicy(folders: [later]), settle: .milliseconds(100))
        #expect(inbox.watched == [later])
        #expect(inbox.problems.isEmpty)
        try FileManager.default.removeItem(atPath: later)
        let notes = deliveries(of: inbox) { !$0.isEmpty }.flatMap(\.notes)
        #expect(notes == ["inbox \(later) is gone; it is no longer watched"])
    }

    @Test func onlyOneProcessAtATimeWorksAStoresInbox() throws {
        let folders = try InboxFolders()
        let store = try folders.openStore()
        let held = try #require(store.takeInboxLock(wait: false))
        #expect(try folders.openStore().takeInboxLock(wait: false) == nil)
        _ = held
    }
}

@Suite struct InboxDeliveryNoteTests {
    func delivery(_ kinds: [ImportOutcome.Kind], folder: String = "/home/ada/Downloads/news") -> InboxDelivery {
        var delivery = InboxDelivery()
        for (number, kind) in kinds.enumerated() {
            let id: StoryID? = if case .failed = kind { nil } else { StoryID(value: UInt64(number + 1)) }
            delivery.pages.append(.init(inbox: folder, outcome: ImportOutcome(file: folder + "/\(number).html", kind: kind, id: id)))
        }
        return delivery
    }

    @Test func theNoteCountsNewStoriesAndNamesTheFolderFromHome() {
        let note = delivery([.new, .new, .new]).note(home: "/home/ada")
        #expect(note?.text == "3 new stories from ~/Downloads/news")
        #expect(note?.isProblem == false)
        #expect(delivery([.new]).note(home: nil)?.text == "1 new story from /home/ada/Downloads/news")
    }

    @Test func updatesRepeatsAndFailuresAreSaidAfterTheNewOnes() {
        let note = delivery([.new, .updated, .unchanged, .failed("holds no article")]).note(home: "/home/ada")
        #expect(note?.text == "1 new story, 1 updated and 1 already stored from ~/Downloads/news; 1 page not imported (byline check lists why)")
        #expect(note?.isProblem == true)
        #expect(delivery([.failed("x"), .failed("y")]).note(home: "/home/ada")?.text == "2 pages not imported (byline check lists why) from ~/Downloads/news")
    }

    @Test func anEmptyRoundSaysNothing() {
        #expect(InboxDelivery().note(home: "/home/ada") == nil)
    }
}
