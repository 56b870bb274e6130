import Foundation
import StoryKit
import Testing

@testable import StoryStore

/// Every input the catalog and state-log fuzzers kept is replayed against a real store folder.
@Suite struct StoreFuzzCorpusTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fuzz/corpus")

    private func inputs(_ target: String) throws -> [Data] {
        let folder = Self.root.appendingPathComponent(target)
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().map {
            try Data(contentsOf: folder.appendingPathComponent($0))
        }
    }

    @Test func everyKeptCatalogInputOpens() throws {
        let temporary = try TemporaryStore()
        _ = try temporary.open()
        let inputs = try inputs("catalog")
        #expect(!inputs.isEmpty)
        for bytes in inputs {
            let split = bytes.isEmpty ? 0 : Int(bytes[bytes.startIndex]) * bytes.count / 256
            try (Data("BYLINE-CATALOG-2\n".utf8) + bytes.prefix(split)).write(
                to: URL(fileURLWithPath: StoreLayout(root: temporary.root, machine: "test").catalogFile))
            try bytes.dropFirst(split).write(to: URL(fileURLWithPath: StoreLayout(root: temporary.root, machine: "test").journalFile))
            let store = try temporary.open()
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
}
