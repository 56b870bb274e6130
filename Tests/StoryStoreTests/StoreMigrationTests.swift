import Foundation
import StoryKit
import Testing

@testable import StoryStore

/// Format 1 kept one catalog for every machine at the store's top; format 2 gives each
/// machine its own; format 3 compresses story files. An older store opens as it is and
/// is moved by its first writer.
@Suite struct StoreMigrationTests {
    /// A store as format 1 left it, with the fixture pages.
    private static func formatOneStore() throws -> TemporaryStore {
        let temporary = try TemporaryStore()
        let store = try temporary.open()
        _ = store.importPages([TemporaryStore.fixturePages])
        try store.withWriteLock { () throws(StoreError) in try store.writeCatalog() }
        try FileManager.default.moveItem(atPath: store.catalogFile, toPath: store.layout.sharedCatalogFile)
        try FileManager.default.removeItem(atPath: store.layout.root + "/local")
        try Data("byline-store 1\n".utf8).write(to: URL(fileURLWithPath: store.layout.formatFile))
        return temporary
    }

    private func format(_ temporary: TemporaryStore) throws -> String {
        try String(contentsOfFile: temporary.root + "/format", encoding: .utf8)
    }

    private func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

    @Test func aFormatOneStoreIsReadAsItIsAndMovedByItsFirstWriter() throws {
        let temporary = try Self.formatOneStore()
        let store = try temporary.open()
        #expect(store.catalog.count == 56)
        #expect(store.loadNotes.isEmpty)
        #expect(try format(temporary) == "byline-store 1\n")
        #expect(exists(store.layout.sharedCatalogFile))

        let added = try temporary.write("added.txt", page("Glassworks museum reopens after flood repairs"))
        #expect(store.importPages([added]).new == 1)
        #expect(try format(temporary) == "byline-store \(StoreFormat.current)\n")
        #expect(!exists(store.layout.sharedCatalogFile) && !exists(store.layout.sharedJournalFile))
        #expect(exists(store.catalogFile))
        let reopened = try temporary.open()
        #expect(reopened.catalog.count == 57)
        #expect(reopened.loadNotes.isEmpty)
        #expect(reopened.check(repair: false).isClean)
    }

    @Test func aStoryTheSharedCatalogMissedIsListedOnceMoved() throws {
        // What syncing a format 1 store did: a story file arrived that the catalog, which
        // the other machine's copy overwrote, does not list.
        let temporary = try Self.formatOneStore()
        let elsewhere = try TemporaryStore()
        let other = try elsewhere.open()
        _ = other.importPages([try elsewhere.write("a.txt", page("Glassworks museum reopens after flood repairs"))])
        let id = try #require(other.catalog.entries.first?.id)
        let target = StoreLayout(root: temporary.root, machine: "test").storyFile(id)
        try FileManager.default.createDirectory(atPath: FileSystem.parentPath(target), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: other.layout.storyFile(id), toPath: target)

        let store = try temporary.open()
        #expect(store.catalog.count == 57)
        #expect(store.catalog.contains(id))
        #expect(store.check(repair: false).isClean)
        #expect(try format(temporary) == "byline-store \(StoreFormat.current)\n")
    }

    @Test func anInterruptedMoveIsFinishedByTheNextWriter() throws {
        let temporary = try Self.formatOneStore()
        // A reader writes this machine's catalog when no writer is at work, and leaves the
        // rest of the move (the format file, the shared catalog) to a writer: as if a move
        // had stopped half way.
        let store = try temporary.open()
        #expect(exists(store.catalogFile))
        #expect(exists(store.layout.sharedCatalogFile))
        #expect(try format(temporary) == "byline-store 1\n")

        let again = try temporary.open()
        #expect(again.catalog.count == 56)
        #expect(again.check(repair: false).isClean)
        #expect(try format(temporary) == "byline-store \(StoreFormat.current)\n")
        #expect(!exists(store.layout.sharedCatalogFile))
        #expect(try temporary.open().catalog.count == 56)
    }

    /// Format 2 wrote story files plain: they stay readable, the first writer moves the
    /// store to format 3, and `check --repair` compresses them into the same bytes.
    @Test func aFormatTwoStoreKeepsItsPlainFilesReadableAndRepairCompressesThem() throws {
        let temporary = try TemporaryStore()
        let layout = try temporary.open().layout
        _ = try temporary.open().importPages([TemporaryStore.fixturePages])
        var plainFiles: [String: [UInt8]] = [:]
        for path in StoryFiles(layout: layout).paths() {
            let plain = try StoryFileCompression.plainBytes(of: Array(try Data(contentsOf: URL(fileURLWithPath: path))))
            try Data(plain).write(to: URL(fileURLWithPath: path))
            plainFiles[path] = plain
        }
        try Data("byline-store 2\n".utf8).write(to: URL(fileURLWithPath: layout.formatFile))

        let store = try temporary.open()
        #expect(store.catalog.count == 56)
        for entry in store.catalog.entries { #expect(try store.story(entry.id).story.headline == store.catalog.headline(entry)) }
        #expect(try format(temporary) == "byline-store 2\n")
        let checked = store.check(repair: false)
        #expect(checked.isClean)
        #expect(checked.plainStoryFiles == 56)
        #expect(try format(temporary) == "byline-store \(StoreFormat.current)\n")

        let repaired = store.check(repair: true)
        #expect(repaired.repairs.contains { $0.hasPrefix("compressed 56 story files an earlier Byline wrote plain") })
        #expect(repaired.plainStoryFiles == 0)
        for (path, plain) in plainFiles {
            let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
            #expect(StoryFileCompression.isCompressed(bytes))
            #expect(try StoryFileCompression.plainBytes(of: bytes) == plain)
        }
        let reopened = try temporary.open()
        #expect(reopened.catalog.records == store.catalog.records)
        let after = reopened.check(repair: false)
        #expect(after.isClean && after.plainStoryFiles == 0)
        #expect(reopened.importPages([try temporary.write("added.txt", page("Glassworks museum reopens after flood repairs"))]).new == 1)
    }
}
