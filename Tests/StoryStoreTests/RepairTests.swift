import Foundation
import StoryKit
import Testing

@testable import StoryStore

@Suite struct RepairTests {
    private func importedStore() throws -> (TemporaryStore, StoryStore) {
        let temporary = try TemporaryStore()
        let store = try temporary.open()
        _ = store.importPages([TemporaryStore.fixturePages])
        return (temporary, store)
    }

    @Test func aMissingCatalogIsBuiltAgainFromTheStoryFilesAndWrittenBack() throws {
        let (temporary, _) = try importedStore()
        let catalogPath = StoreLayout(root: temporary.root, machine: "test").catalogFile
        try FileManager.default.removeItem(atPath: catalogPath)
        let reopened = try temporary.open()
        #expect(reopened.catalog.count == 56)
        #expect(reopened.loadNotes.first?.contains("no catalog of the store yet") == true)
        // A machine without a catalog of its own (a store a syncer brought) is not damage:
        // the first start writes it, when no writer holds the lock.
        #expect(FileManager.default.fileExists(atPath: catalogPath))
        #expect(try temporary.open().loadNotes.isEmpty)
        #expect(reopened.check(repair: false).isClean)
    }

    @Test func aCatalogOfAnEarlierFormatIsRebuiltAndWrittenBackByTheNextImport() throws {
        let (temporary, _) = try importedStore()
        let catalogPath = StoreLayout(root: temporary.root, machine: "test").catalogFile
        try Data("BYLINE-CATALOG-2\n".utf8).write(to: URL(fileURLWithPath: catalogPath))
        let reopened = try temporary.open()
        #expect(reopened.catalog.count == 56)
        #expect(reopened.loadNotes.first?.contains("earlier version") == true)
        let added = try temporary.write("added.txt", page("Harbour cafe opens a second branch"))
        #expect(reopened.importPages([added]).new == 1)
        let written = Array(try Data(contentsOf: URL(fileURLWithPath: catalogPath)))
        #expect(written.starts(with: CatalogCodec.magic))
        let again = try temporary.open()
        #expect(again.loadNotes.isEmpty)
        #expect(again.catalog.count == 57)
        #expect(again.check(repair: false).isClean)
    }

    @Test func aDamagedCatalogIsRebuiltFromTheStoryFiles() throws {
        let (temporary, store) = try importedStore()
        try store.withWriteLock { () throws(StoreError) in try store.writeCatalog() }
        var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: StoreLayout(root: temporary.root, machine: "test").catalogFile)))
        for index in stride(from: 100, to: bytes.count, by: 97) { bytes[index] ^= 0xFF }
        try Data(bytes).write(to: URL(fileURLWithPath: StoreLayout(root: temporary.root, machine: "test").catalogFile))
        let reopened = try temporary.open()
        #expect(reopened.catalog.count == 56)
        #expect(reopened.check(repair: true).repairs.contains { $0.hasPrefix("rewrote the catalog") })
        #expect(try temporary.open().check(repair: false).isClean)
    }

    @Test func aTornJournalIsIgnoredAndCutByTheNextWriter() throws {
        let temporary = try TemporaryStore()
        _ = try temporary.open().importPages([try temporary.write("a.txt", page("First story"))])
        let journal = StoreLayout(root: temporary.root, machine: "test").journalFile
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: journal))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data([0x40, 0, 0, 0, 1, 2, 3]))
        try handle.close()
        let reader = try temporary.open()
        #expect(reader.catalog.count == 1)
        #expect(reader.loadNotes.contains { $0.contains("incomplete record") })
        _ = reader.importPages([try temporary.write("b.txt", page("Second story"))])
        let after = try temporary.open()
        #expect(after.catalog.count == 2)
        #expect(after.loadNotes.isEmpty)
    }

    @Test func aDamagedStoryFileIsRebuiltFromItsOriginal() throws {
        let (temporary, store) = try importedStore()
        let entry = try #require(store.catalog.entries.first)
        let path = store.layout.storyFile(entry.id)
        var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        bytes.replaceSubrange(0..<10, with: Array("{broken!!!".utf8))
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let report = store.check(repair: true)
        #expect(report.problems.contains { $0.hasPrefix(path) })
        #expect(report.unrepaired.isEmpty)
        #expect(try temporary.open().story(entry.id).story.headline == store.catalog.headline(entry))
    }

    @Test func aStoreFromANewerVersionIsRefusedUntouched() throws {
        let temporary = try TemporaryStore()
        _ = try temporary.open()
        try Data("byline-store 99\n".utf8).write(to: URL(fileURLWithPath: temporary.root + "/format"))
        #expect {
            try StoryStore.open(at: temporary.root, machine: "test")
        } throws: { error in
            (error as? StoreError)?.message.contains("newer Byline (format 99)") == true
        }
        #expect(try String(contentsOfFile: temporary.root + "/format", encoding: .utf8) == "byline-store 99\n")
    }

    @Test func aMissingStoreSaysHowToCreateOne() throws {
        #expect {
            try StoryStore.open(at: "/nonexistent/byline-store", machine: "test")
        } throws: { error in
            (error as? StoreError)?.message.contains("byline import") == true
        }
    }

    @Test func reparseKeepsStoriesThatDidNotChange() throws {
        let (temporary, store) = try importedStore()
        let summary = store.reparse()
        #expect(summary.failures.isEmpty)
        #expect(summary.unchanged == 56)
        withExtendedLifetime(temporary) {}
    }

    @Test func reparseMovesAStoryAnOlderParserMisreadAndKeepsItsState() throws {
        let (temporary, store) = try importedStore()
        let right = try #require(store.catalog.entries.first { store.catalog.headline($0) == "Han River bridge lights to stay on through January" }).id
        let current = try store.story(right)
        // What an older parser might have stored: a clipped headline, so another id.
        var misread = current.story
        misread.headline = "Han River bridge lights"
        let old = StoredStory(
            id: StoryID(misread), story: misread, warnings: [], original: current.original, originalHash: current.originalHash,
            source: current.source, importedAt: current.importedAt, parserVersion: 0)
        let written = try StoryFiles(layout: store.layout).writeTemporary(old)
        try store.withWriteLock { () throws(StoreError) in
            try store.moveIntoPlace([PreparedPage(file: old.source, state: .parsed(old), temporaryStory: written)])
        }
        try store.record([StateChange(id: old.id, kind: .star)])
        #expect(store.catalog.count == 57)

        let summary = store.reparse()
        #expect(summary.failures.isEmpty)
        #expect(summary.updated == 1 && summary.unchanged == 56)
        let reopened = try temporary.open()
        #expect(reopened.catalog.count == 56)
        #expect(!reopened.catalog.contains(old.id))
        #expect(reopened.readingState()[right].isStarred, "the star must move with the story")
        #expect(reopened.check(repair: false).isClean)
    }
}
