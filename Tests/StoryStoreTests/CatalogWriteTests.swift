import Foundation
import StoryKit
import Testing

@testable import StoryStore

/// The catalog in memory keeps one copy of each record: a record that keeps its length (a
/// story retimed or regrouped) is written over the old one. The catalog file is written
/// record by record with its lookup gathered on the way, and holds exactly what the walk
/// of it and the lookup derived from it would.
@Suite struct CatalogWriteTests {
    private func record(_ id: UInt64, _ headline: String, minute: Int64, group: UInt64 = 0) -> CatalogRecord {
        CatalogRecord(
            id: StoryID(value: id), contentHash: id, headlineKey: id, date: nil, time: StoryTime(minute: minute, kind: .stated),
            importedAt: 0, parserVersion: 1, agency: "IANS", place: "Seoul", headline: headline,
            latest: [CatalogRecord.LinkKey(headlineKey: 7, minute: minute - 5)], bandKeys: [1, 2, 3], versionGroup: group)
    }

    @Test func aRetimedOrRegroupedRecordTakesTheOldOnesPlace() {
        var catalog = Catalog(records: [record(1, "First", minute: 10), record(2, "Second", minute: 20), record(3, "Third", minute: 30)])
        let length = catalog.storage.count
        let retimed = record(2, "Second", minute: 25, group: 2)
        catalog.upsert(retimed)
        #expect(catalog.storage.count == length, "the record was written over the old one")
        #expect(catalog[retimed.id] == retimed)
        #expect(catalog.entry(retimed.id)?.sortMinute == 25)
        #expect(catalog.entry(retimed.id)?.versionGroup == 2)
        #expect(catalog[StoryID(value: 1)] == record(1, "First", minute: 10), "its neighbours are untouched")
        #expect(catalog[StoryID(value: 3)] == record(3, "Third", minute: 30))
        #expect(catalog.count == 3)
    }

    @Test func aRecordOfAnotherLengthIsAddedAndStillWins() {
        var catalog = Catalog(records: [record(1, "First", minute: 10), record(2, "Second", minute: 20)])
        let length = catalog.storage.count
        let longer = record(1, "First, with more of a headline", minute: 10)
        catalog.upsert(longer)
        #expect(catalog.storage.count > length)
        #expect(catalog[longer.id] == longer)
        #expect(catalog[StoryID(value: 2)] == record(2, "Second", minute: 20))
        #expect(catalog.count == 2)
    }

    @Test func anOverwriteChangesTheRevision() {
        var catalog = Catalog(records: [record(1, "First", minute: 10)])
        let before = catalog.revision
        catalog.upsert(record(1, "First", minute: 11))
        #expect(catalog.revision != before, "an index kept beside the catalog must see the change")
    }

    /// An import retimes and regroups stories (the version corpus has both), so the
    /// catalog in memory had records written over; the file written from it, the journal
    /// read back and the lookup all say the same.
    @Test func theWrittenFileIsTheCatalogInListOrderWithItsLookup() throws {
        let (temporary, store, _) = try importedVersionCorpus(stories: 30, seed: 9, batchSize: 5)
        let inMemory = store.catalog.records.sorted { $0.id < $1.id }
        #expect(inMemory.contains { $0.versionGroup != 0 }, "the corpus has versions")

        let reloaded = try temporary.open()
        #expect(reloaded.catalog.records.sorted { $0.id < $1.id } == inMemory, "the journal holds what memory does")

        try store.withWriteLock { () throws(StoreError) in try store.writeCatalog() }
        let file = try #require(MappedFile(path: store.catalogFile))
        var walked = Catalog()
        #expect(walked.map(file, recordsFrom: CatalogCodec.magic.count) == file.bytes.count - CatalogCodec.magic.count)
        #expect(walked.records == store.catalog.entries.sorted { CatalogListing.isNewer($0, than: $1) }.map(store.catalog.record))
        #expect(walked.records.sorted { $0.id < $1.id } == inMemory)
        let derived = CatalogLookup.derive(fromCatalogBytes: file.bytes, recordsFrom: CatalogCodec.magic.count, stamp: file.stamp)
        let written = try FileSystem.readFile(store.layout.catalogLookupFile)
        #expect(derived == written, "the lookup gathered while writing is the one derived from the file")
        #expect(try temporary.open().check(repair: false).isClean)
    }
}

/// A long import writes the catalog between batches once the journal outgrows the file,
/// and the catalog in memory then reads its records from the file.
@Suite struct MidImportCompactionTests {
    @Test func theCatalogIsWrittenBetweenBatchesAndReadFromTheFile() throws {
        let (temporary, store, count) = try importedVersionCorpus(stories: 40, seed: 3, batchSize: 4) { $0.journalWorthCompactingMidImport = 2048 }
        let fileLength = try #require(FileSystem.fileSize(store.catalogFile))
        #expect(fileLength > 8192, "the catalog file was written during the import")
        #expect((FileSystem.fileSize(store.journalFile) ?? 0) <= fileLength, "the journal never outgrew the file for long")
        let catalog = store.catalog
        #expect(catalog.entries.contains { $0.inMappedFile }, "records are read from the file written")
        #expect(catalog.storage.count < fileLength, "what was written left memory")

        let reopened = try temporary.open()
        #expect(reopened.catalog.records.sorted { $0.id < $1.id } == catalog.records.sorted { $0.id < $1.id })
        #expect(reopened.catalog.count == count)
        #expect(reopened.check(repair: false).isClean)
    }

    @Test func writingTheCatalogMovesEveryRecordToTheFile() throws {
        let (temporary, store, _) = try importedVersionCorpus(stories: 12, seed: 4, batchSize: 3)
        let before = store.catalog.records.sorted { $0.id < $1.id }
        try store.withWriteLock { () throws(StoreError) in try store.writeCatalog() }
        #expect(store.catalog.storage.isEmpty)
        #expect(store.catalog.entries.allSatisfy { $0.inMappedFile })
        #expect(store.catalog.records.sorted { $0.id < $1.id } == before)
        // A later import adds to the rebased catalog as to any other.
        let extra = try temporary.write("extra.txt", page("A story added after the catalog was written", day: 9))
        #expect(store.importPages([extra]).new == 1)
        #expect(store.catalog.count == before.count + 1)
        #expect(try temporary.open().catalog.records.sorted { $0.id < $1.id } == store.catalog.records.sorted { $0.id < $1.id })
    }
}

/// A store into which the version corpus was imported (after `configure`), and how many pages it had.
private func importedVersionCorpus(
    stories: Int, seed: UInt64, batchSize: Int, configure: (StoryStore) -> Void = { _ in }
) throws -> (TemporaryStore, StoryStore, Int) {
    let temporary = try TemporaryStore()
    var paths: [String] = []
    for page in VersionCorpus(stories: stories, seed: seed).pages() { paths.append(try temporary.write(page.name, page.text)) }
    let store = try temporary.open()
    configure(store)
    #expect(store.importPages(paths, batchSize: batchSize).new == paths.count)
    return (temporary, store, paths.count)
}
