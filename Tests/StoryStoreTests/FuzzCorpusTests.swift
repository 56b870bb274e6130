import Foundation
import FuzzCorpus
import StoryKit
import Testing

@testable import StoryStore

/// Every input the catalog, state-log and story-file fuzzers kept is replayed against a real store folder.
@Suite struct StoreFuzzCorpusTests {
    private func inputs(_ target: String) throws -> [Data] {
        try FuzzCorpus.inputs(target).map { Data($0.bytes) }
    }

    @Test func everyKeptCatalogInputOpens() throws {
        let temporary = try TemporaryStore()
        _ = try temporary.open()
        let inputs = try inputs("catalog")
        #expect(!inputs.isEmpty)
        for bytes in inputs {
            let split = bytes.isEmpty ? 0 : Int(bytes[bytes.startIndex]) * bytes.count / 256
            try (Data(CatalogCodec.magic) + bytes.prefix(split)).write(
                to: URL(fileURLWithPath: StoreLayout(root: temporary.root, machine: "test").catalogFile))
            try bytes.dropFirst(split).write(to: URL(fileURLWithPath: StoreLayout(root: temporary.root, machine: "test").journalFile))
            // As the fuzzer does: the first open may write a lookup, the second lists through it.
            _ = try temporary.open()
            let store = try temporary.open()
            if let listing = store.listing {
                var rows = 0
                _ = listing.forEachNewestFirst { entry in
                    _ = listing.fields.headline(entry)
                    rows += 1
                    return rows < 64
                }
            }
            for entry in store.catalog.entries.prefix(16) { _ = store.catalog.record(entry) }
        }
    }

    @Test func everyKeptStateLogReads() throws {
        let temporary = try TemporaryStore()
        let store = try temporary.open()
        let inputs = try inputs("state-log")
        #expect(!inputs.isEmpty)
        for bytes in inputs {
            try bytes.write(to: URL(fileURLWithPath: temporary.root + "/state/other.log"))
            _ = store.readingState()
        }
    }

    @Test func everyKeptStoryFileReadsOrIsReportedDamaged() throws {
        let temporary = try TemporaryStore()
        let store = try temporary.open()
        let inputs = try inputs("story-file")
        #expect(!inputs.isEmpty)
        let id = try #require(StoryID(hex: "0011223344556677"))
        let path = store.layout.storyFile(id)
        try FileManager.default.createDirectory(atPath: FileSystem.parentPath(path), withIntermediateDirectories: true)
        for bytes in inputs {
            try bytes.write(to: URL(fileURLWithPath: path))
            let read = try? store.fileReader.read(id)
            // A file that reads names the story; one that does not is a problem of `check`.
            let report = store.check(repair: false)
            #expect(read == nil ? !report.isClean : true)
        }
    }
}
