import Foundation
import StoryKit
import Testing

@testable import StoryStore

/// A store opened with a lookup for its catalog file lists from the front of the file,
/// without the walk: the same stories in the same order, the same version counts and the
/// same fields as the walked catalog, whatever the journal added since the file was written.
@Suite struct CatalogListingTests {
    /// A store whose catalog file holds half the version corpus and whose journal holds
    /// the other half, with the records it retimed and regrouped in the first.
    private func storeWithBaseAndJournal() throws -> (TemporaryStore, Int) {
        let temporary = try TemporaryStore()
        let pages = VersionCorpus(stories: 24, seed: 5).pages()
        var paths: [String] = []
        for page in pages { paths.append(try temporary.write(page.name, page.text)) }
        let store = try temporary.open()
        let first = paths.enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
        let second = paths.enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
        #expect(store.importPages(first, batchSize: 7).new == first.count)
        try store.withWriteLock { () throws(StoreError) in try store.writeCatalog() }
        #expect(store.importPages(second, batchSize: 7).new == second.count)
        #expect((FileSystem.fileSize(store.journalFile) ?? 0) > 0, "the second half is in the journal")
        return (temporary, pages.count)
    }

    private func listed(_ listing: CatalogListing) -> [(id: StoryID, headline: String, group: UInt64)] {
        var rows: [(StoryID, String, UInt64)] = []
        #expect(
            listing.forEachNewestFirst {
                rows.append(($0.id, listing.fields.headline($0), $0.versionGroup)); return true
            })
        return rows
    }

    @Test func theListingIsTheWalkedCatalogInListOrder() throws {
        let (temporary, count) = try storeWithBaseAndJournal()
        let store = try temporary.open()
        let listing = try #require(store.listing, "a store with a lookup opens without the walk")
        let rows = listed(listing)

        let catalog = store.catalog
        #expect(!store.hasListing, "asking for every record walks the catalog")
        let expected = catalog.entries.sorted { CatalogListing.isNewer($0, than: $1) }
        #expect(rows.count == count)
        #expect(rows.map(\.id) == expected.map(\.id))
        #expect(rows.map(\.headline) == expected.map(catalog.headline))
        #expect(rows.map(\.group) == expected.map(\.versionGroup))
        var members: [UInt64: Int] = [:]
        for entry in catalog.entries where entry.versionGroup != 0 { members[entry.versionGroup, default: 0] += 1 }
        #expect(members.values.contains { $0 > 1 }, "the corpus has versions")
        let wrong = members.filter { listing.memberCount(ofGroup: $0.key) != $0.value }
        #expect(wrong.isEmpty, "\(wrong.count) groups counted wrong")
        let misnamed = members.keys.filter { key in
            Set(listing.members(ofGroup: key).map(\.id)) != Set(catalog.entries.filter { $0.versionGroup == key }.map(\.id))
        }
        #expect(misnamed.isEmpty, "\(misnamed.count) groups with the wrong members")
        #expect(listing.storyCount == count)
        #expect(listing.collapsedRowCount == count - members.values.reduce(0) { $0 + $1 - 1 })
        #expect(catalog.entries.allSatisfy { listing.contains($0.id) })
        #expect(!listing.contains(StoryID(value: 0x1234_5678)))
        var stamps = StampSum()
        for entry in catalog.entries { stamps.add(id: entry.id, stamp: entry.versionStamp) }
        #expect(listing.stamps == stamps, "the version stamps summed without the walk are the walked catalog's")
    }

    /// `byline mark` and the like name stories by id or prefix: the lookup's id table and
    /// the journal answer as the walked catalog does, ambiguity and strangers included.
    @Test func idsAndPrefixesResolveAsInTheWalkedCatalog() throws {
        let (temporary, _) = try storeWithBaseAndJournal()
        // A journal record whose id differs from a catalog file's record in its last digit
        // only, so a prefix names both (a store never holds such a pair by chance).
        let store = try temporary.open()
        let layout = store.layout
        let neighbour = try #require(try temporary.open().catalog.entries.first { $0.inMappedFile })
        let twin = CatalogRecord(
            id: StoryID(value: neighbour.id.value ^ 1), contentHash: 1, headlineKey: 2, date: nil, time: StoryTime(minute: 5, kind: .stated),
            importedAt: 0, parserVersion: 1, agency: "PTI", place: "", headline: "Twin", latest: [])
        _ = try CatalogFiles(layout: layout).append([twin], at: FileSystem.fileSize(layout.journalFile) ?? 0)
        let listing = try #require(try temporary.open().listing)
        let catalog = try temporary.open().catalog
        func same(_ a: Result<StoryID, StoreError>, _ b: Result<StoryID, StoreError>) -> Bool {
            switch (a, b) {
            case (.success(let x), .success(let y)): x == y
            case (.failure(let x), .failure(let y)): x.message == y.message
            default: false
            }
        }
        var texts = ["0000", "ffffffff", "not-an-id", "12345678901234567", "abc", String(neighbour.id.description.prefix(15))]
        for entry in catalog.entries {
            let hex = entry.id.description
            texts += [hex, String(hex.prefix(4)), String(hex.prefix(6)), String(hex.prefix(15)), hex.uppercased()]
        }
        let differing = texts.filter { !same(listing.resolve($0), catalog.resolve($0)) }
        #expect(differing.isEmpty, "\(differing.prefix(5))")
        #expect(texts.contains { if case .failure(let error) = catalog.resolve($0) { error.message.contains("more than one") } else { false } })
        #expect(catalog.entries.allSatisfy { listing.entry($0.id).map(listing.fields.headline) == catalog.headline($0) })
    }

    @Test func aListingStopsWhereItIsAskedTo() throws {
        let (temporary, _) = try storeWithBaseAndJournal()
        let listing = try #require(try temporary.open().listing)
        var seen = 0
        #expect(
            listing.forEachNewestFirst { _ in
                seen += 1; return seen < 5
            })
        #expect(seen == 5)
    }

    @Test func aLookupOfAnotherCatalogFileIsNotUsedAndIsWrittenAgain() throws {
        let (temporary, _) = try storeWithBaseAndJournal()
        let store = try temporary.open()
        let lookupFile = store.layout.catalogLookupFile
        let old = try Data(contentsOf: URL(fileURLWithPath: lookupFile))
        try store.withWriteLock { () throws(StoreError) in try store.writeCatalog() }
        try old.write(to: URL(fileURLWithPath: lookupFile))

        let stale = try temporary.open()
        #expect(!stale.hasListing)
        // Opening found the lookup stale and, with the lock free, wrote the right one.
        #expect(try Data(contentsOf: URL(fileURLWithPath: lookupFile)) != old)
        #expect(try temporary.open().hasListing)
    }

    @Test(arguments: ["truncated", "a changed group count", "another magic"])
    func aDamagedLookupIsNotUsed(damage: String) throws {
        let (temporary, _) = try storeWithBaseAndJournal()
        let layout = try temporary.open().layout
        let lookupFile = layout.catalogLookupFile
        var bytes = try Data(contentsOf: URL(fileURLWithPath: lookupFile))
        switch damage {
        case "truncated": bytes.removeLast(5)
        case "a changed group count": bytes[bytes.count - 1] ^= 0x40
        default: bytes[3] ^= 0x20
        }
        try bytes.write(to: URL(fileURLWithPath: lookupFile))
        // Opened read-only in effect: the lock is held, so the lookup is not written again.
        let holder = try StoreLock(path: layout.lockFile)
        try holder.withLock { () throws(StoreError) in
            let store = try StoryStore.open(at: temporary.root, machine: "test")
            #expect(!store.hasListing)
        }
    }

    /// The id table is not checksummed (reading it whole would cost what the lookup saves),
    /// so `check` compares the lookup with the catalog file, and `--repair` writes it again.
    @Test func checkFindsALookupThatDisagreesWithTheCatalogFile() throws {
        let (temporary, _) = try storeWithBaseAndJournal()
        let store = try temporary.open()
        #expect(store.check(repair: false).problems.isEmpty)
        let lookupFile = store.layout.catalogLookupFile
        var bytes = try Data(contentsOf: URL(fileURLWithPath: lookupFile))
        bytes[80 + 16 * 3 + 9] ^= 0x01  // the fourth record's offset
        try bytes.write(to: URL(fileURLWithPath: lookupFile))
        #expect(store.check(repair: false).problems == ["\(lookupFile): does not match the catalog file"])
        #expect(store.check(repair: true).repairs == ["wrote the catalog lookup again"])
        #expect(store.check(repair: false).problems.isEmpty)
        #expect(try temporary.open().hasListing)
    }

    /// A catalog file damaged in a way its stamp does not show (a disk's bit rot): the
    /// listing stops at the damage and says so, and the walk rebuilds from the story files.
    @Test func aCatalogFileDamagedUnderItsLookupIsRebuilt() throws {
        let (temporary, count) = try storeWithBaseAndJournal()
        try damageCatalogUnderItsLookup(try temporary.open().layout)

        let store = try temporary.open()
        var lateNotes: [String] = []
        store.onLateNote = { lateNotes.append($0) }
        let listing = try #require(store.listing)
        var seen = 0
        #expect(
            !listing.forEachNewestFirst { _ in
                seen += 1; return true
            })
        #expect(seen >= 2)
        #expect(store.catalog.count == count)
        #expect(store.loadNotes.contains { $0.contains("damaged") })
        #expect(lateNotes.count == 1 && lateNotes[0].contains("damaged"), "a command is told, to report it")
    }

    /// A writer that finds the damage at its catch-up, after another writer appended to
    /// the journal, takes the journal as it is: no stretch of zeros, no story lost.
    @Test func aWriterFindingTheCatalogDamagedUnderItsLookupKeepsTheJournalWhole() throws {
        let (temporary, count) = try storeWithBaseAndJournal()
        let layout = try temporary.open().layout
        try damageCatalogUnderItsLookup(layout)
        let store = try temporary.open()
        #expect(store.hasListing)
        // Another writer appends one more story's record.
        let extra = CatalogRecord(
            id: StoryID(value: 0x0bad_cafe), contentHash: 1, headlineKey: 2, date: nil, time: StoryTime(minute: 5, kind: .stated),
            importedAt: 0, parserVersion: 1, agency: "PTI", place: "", headline: "One more", latest: [])
        let files = CatalogFiles(layout: layout)
        _ = try files.append([extra], at: FileSystem.fileSize(layout.journalFile) ?? 0)
        let journal = try #require(FileSystem.fileSize(layout.journalFile))

        try store.withWriteLock { () throws(StoreError) in }
        #expect(FileSystem.fileSize(layout.journalFile) == journal, "the journal keeps its length")
        #expect(store.catalog.count == count)
        let reopened = try temporary.open()
        #expect(!reopened.loadNotes.contains { $0.contains("incomplete") }, "\(reopened.loadNotes)")
    }

    /// A lookup made to pass its checksum with a group whose members run past the member
    /// table is not used (reading it would read outside the file).
    @Test func aLookupWithAGroupOutsideItsMemberTableIsNotUsed() throws {
        let (temporary, _) = try storeWithBaseAndJournal()
        let layout = try temporary.open().layout
        var bytes = try Data(contentsOf: URL(fileURLWithPath: layout.catalogLookupFile))
        let records = Int(bytes[40]) | Int(bytes[41]) << 8 | Int(bytes[42]) << 16
        #expect(bytes[48] > 0, "the store has version groups")
        // The first group's member count, made as large as it can be.
        for index in 0..<4 { bytes[80 + records * 16 + 12 + index] = 0xFF }
        try bytes.write(to: URL(fileURLWithPath: layout.catalogLookupFile))
        try restamp(lookup: layout.catalogLookupFile, for: layout.catalogFile)
        let holder = try StoreLock(path: layout.lockFile)
        try holder.withLock { () throws(StoreError) in
            #expect(!(try StoryStore.open(at: temporary.root, machine: "test").hasListing))
        }
    }

    /// A catalog file in which one id stands twice (Byline never writes one) gets no lookup:
    /// the walk would keep one record of it and a listing from the front both.
    @Test func aCatalogFileWithARepeatedIDGetsNoLookup() throws {
        func record(_ id: UInt64, minute: Int64) -> CatalogRecord {
            CatalogRecord(
                id: StoryID(value: id), contentHash: id, headlineKey: id, date: nil, time: StoryTime(minute: minute, kind: .stated),
                importedAt: 0, parserVersion: 1, agency: "PTI", place: "", headline: "Story \(id)", latest: [])
        }
        let stamp = FileStamp(inode: 1, size: 2, changed: 3)
        let once = CatalogCodec.magic + CatalogCodec.encode([record(1, minute: 30), record(2, minute: 20), record(3, minute: 10)])
        let twice = CatalogCodec.magic + CatalogCodec.encode([record(1, minute: 30), record(2, minute: 20), record(1, minute: 10)])
        #expect(once.withUnsafeBytes { CatalogLookup.derive(fromCatalogBytes: $0, recordsFrom: CatalogCodec.magic.count, stamp: stamp) } != nil)
        #expect(twice.withUnsafeBytes { CatalogLookup.derive(fromCatalogBytes: $0, recordsFrom: CatalogCodec.magic.count, stamp: stamp) } == nil)
    }

    /// Damages the third record of the catalog file (its length made far too long), then
    /// makes the lookup name the file as it now is, as if the disk had changed it.
    private func damageCatalogUnderItsLookup(_ layout: StoreLayout) throws {
        let catalogURL = URL(fileURLWithPath: layout.catalogFile)
        var catalog = try Data(contentsOf: catalogURL)
        var offset = CatalogCodec.magic.count
        for _ in 0..<2 { offset += 4 + Int(catalog[offset]) + Int(catalog[offset + 1]) << 8 + 8 }
        catalog[offset + 3] = 0x7f
        try catalog.write(to: catalogURL)
        try restamp(lookup: layout.catalogLookupFile, for: layout.catalogFile)
    }

    /// Rewrites the lookup's header to name `catalog` as it is now, as if it described it.
    private func restamp(lookup: String, for catalog: String) throws {
        let stamp = try #require(FileStamp(path: catalog))
        var bytes = try Data(contentsOf: URL(fileURLWithPath: lookup))
        func put(_ value: UInt64, at index: Int) {
            withUnsafeBytes(of: value.littleEndian) { bytes.replaceSubrange((16 + 8 * index)..<(24 + 8 * index), with: $0) }
        }
        put(stamp.inode, at: 0)
        put(UInt64(bitPattern: stamp.size), at: 1)
        put(UInt64(bitPattern: stamp.changed), at: 2)
        let records = Int(bytes[40]) | Int(bytes[41]) << 8 | Int(bytes[42]) << 16
        var hasher = StableHasher()
        bytes.withUnsafeBytes { raw in
            hasher.combine(bytes: UnsafeRawBufferPointer(rebasing: raw[16..<72]))
            hasher.combine(bytes: UnsafeRawBufferPointer(rebasing: raw[(80 + records * 16)...]))
        }
        put(hasher.finalize(), at: 7)
        try bytes.write(to: URL(fileURLWithPath: lookup))
    }
}

extension StoryStore {
    /// Whether the store can list without the walk (a plain answer, for readable failures).
    fileprivate var hasListing: Bool { listing != nil }
}
