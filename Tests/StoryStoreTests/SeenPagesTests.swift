import Foundation
import Glibc
import SeededRandom
import StoryKit
import Testing

@testable import StoryStore

/// A re-import knows unchanged pages by their file status, and never takes a changed
/// page for an unchanged one.
@Suite struct SeenPagesTests {
    @Test func aReimportKnowsUnchangedPagesByTheirStatus() throws {
        let temporary = try TemporaryStore()
        for number in 1...3 { try temporary.write("\(number).txt", page("Story number \(number)")) }
        let first = try temporary.open().importPages([temporary.pages], pageSettlingTime: .zero)
        #expect(first.new == 3 && first.knownByStatus == 0)
        let again = try temporary.open().importPages([temporary.pages], pageSettlingTime: .zero)
        #expect(again.unchanged == 3 && again.knownByStatus == 3)
        #expect(again.storedIDs.count == 3)
    }

    @Test func aPageRewrittenWithItsOldSizeAndModificationTimeIsReadAgain() throws {
        let temporary = try TemporaryStore()
        let path = try temporary.write("a.txt", page("Ferry service resumes", body: "First version."))
        let store = try temporary.open()
        #expect(store.importPages([path], pageSettlingTime: .zero).new == 1)
        let key = try #require(PageStatus.key(ofFileAt: path))
        #expect(SeenPages(loading: store.layout.seenPagesFile).contentHash(for: key) != nil)
        var before = stat()
        #expect(stat(path, &before) == 0)
        // Past the clock's tick, so the write moves the change time.
        Thread.sleep(forTimeInterval: 0.05)
        // Written in place: the same inode, the same size, the old modification time.
        try FileSystem.writeFile(path, Array(page("Ferry service resumes", body: "Later version.").utf8))
        var times = [before.st_atim, before.st_mtim]
        #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
        var after = stat()
        #expect(stat(path, &after) == 0)
        #expect(after.st_ino == before.st_ino && after.st_size == before.st_size)
        #expect(after.st_mtim.tv_sec == before.st_mtim.tv_sec && after.st_mtim.tv_nsec == before.st_mtim.tv_nsec)
        let again = try temporary.open().importPages([path], pageSettlingTime: .zero)
        #expect(again.updated == 1 && again.knownByStatus == 0)
        let id = try #require(again.storedIDs.first)
        #expect(try temporary.open().story(id).story.body == ["Later version."])
    }

    @Test func pagesChangedJustBeforeAnImportAreReadAgainNextTime() throws {
        let temporary = try TemporaryStore()
        try temporary.write("a.txt", page("Ferry service resumes"))
        _ = try temporary.open().importPages([temporary.pages])
        let again = try temporary.open().importPages([temporary.pages])
        #expect(again.unchanged == 1 && again.knownByStatus == 0)
    }

    @Test func aDamagedTableIsIgnoredAndWrittenAgain() throws {
        let temporary = try TemporaryStore()
        for number in 1...4 { try temporary.write("\(number).txt", page("Story number \(number)")) }
        let store = try temporary.open()
        _ = store.importPages([temporary.pages], pageSettlingTime: .zero)
        let table = store.layout.seenPagesFile
        var bytes = try FileSystem.readFile(table)
        bytes[bytes.count - 3] ^= 0x40
        try FileSystem.writeFile(table, bytes)
        let damaged = try temporary.open().importPages([temporary.pages], pageSettlingTime: .zero)
        #expect(damaged.unchanged == 4 && damaged.knownByStatus == 0)
        let mended = try temporary.open().importPages([temporary.pages], pageSettlingTime: .zero)
        #expect(mended.unchanged == 4 && mended.knownByStatus == 4)
        try FileSystem.writeFile(table, Array(bytes.prefix(30)))
        #expect(try temporary.open().importPages([temporary.pages], pageSettlingTime: .zero).knownByStatus == 0)
    }

    @Test func aPageWhoseStoryLeftTheStoreIsStoredAgain() throws {
        let temporary = try TemporaryStore()
        let path = try temporary.write("a.txt", page("Ferry service resumes"))
        let store = try temporary.open()
        let id = try #require(store.importPages([path], pageSettlingTime: .zero).storedIDs.first)
        try FileManager.default.removeItem(atPath: store.layout.storyFile(id))
        let again = try temporary.open().importPages([path], pageSettlingTime: .zero)
        #expect(again.new == 1 && again.knownByStatus == 0)
        #expect(FileManager.default.fileExists(atPath: store.layout.storyFile(id)))
    }

    @Test func aPageDatedCenturiesAheadIsImportedAndKnownAgain() throws {
        let temporary = try TemporaryStore()
        let path = try temporary.write("a.txt", page("Ferry service resumes"))
        // 1 January 2300, past the nanoseconds an Int64 counts from 1970.
        var times = [timespec(tv_sec: 10_413_792_000, tv_nsec: 5), timespec(tv_sec: 10_413_792_000, tv_nsec: 5)]
        #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
        #expect(try temporary.open().importPages([path], pageSettlingTime: .zero).new == 1)
        let again = try temporary.open().importPages([path], pageSettlingTime: .zero)
        #expect(again.unchanged == 1 && again.knownByStatus == 1)
    }

    @Test func aTableWithoutAnEmptySlotIsRefused() throws {
        let folder = try TemporaryStore()
        let path = folder.pages + "/seen"
        // Sixteen full slots with a right checksum and a header that counts none.
        var body: [UInt8] = []
        for slot in 1...16 { for word in [UInt64(slot) << 60, UInt64(slot)] { withUnsafeBytes(of: word.littleEndian) { body += $0 } } }
        var writer = ByteWriter()
        writer.put(SeenPages.magic)
        writer.put(UInt64(16))
        writer.put(UInt64(0))
        writer.put(StableHasher.hash(body))
        writer.put(body)
        try FileSystem.writeFile(path, writer.bytes)
        let table = SeenPages(loading: path)
        #expect(table.contentHash(for: 12345) == nil)
        #expect(table.entries.isEmpty)
    }

    @Test func theTableFindsEveryEntryAndNothingElse() throws {
        var random = SplitMix64(seed: 12)
        let entries = (0..<5000).map { _ in SeenPages.Entry(key: random.next() | 1, contentHash: random.next()) }
        let folder = try TemporaryStore()
        let path = folder.pages + "/seen"
        try FileSystem.writeFile(path, SeenPages.encode(entries + [SeenPages.Entry(key: entries[0].key, contentHash: 7)]))
        let table = SeenPages(loading: path)
        #expect(entries.allSatisfy { table.contentHash(for: $0.key) == $0.contentHash })
        #expect(table.entries.count == entries.count)
        let known = Set(entries.map(\.key))
        let strangers = (0..<5000).map { _ in random.next() | 1 }.filter { !known.contains($0) }
        #expect(strangers.allSatisfy { table.contentHash(for: $0) == nil })
        #expect(SeenPages(loading: folder.pages + "/missing").contentHash(for: entries[0].key) == nil)
    }
}
