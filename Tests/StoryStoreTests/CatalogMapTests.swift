import Foundation
import SeededRandom
import StoryKit
import Testing

@testable import StoryStore

/// A catalog file mapped at start-up: its table of positions is built in one go, and a
/// file in which an id repeats still reads as one story per id, the later record winning.
@Suite struct CatalogMapTests {
    private func record(_ id: UInt64, _ headline: String, minute: Int64) -> CatalogRecord {
        CatalogRecord(
            id: StoryID(value: id), contentHash: id, headlineKey: id, date: nil, time: StoryTime(minute: minute, kind: .stated),
            importedAt: 0, parserVersion: 1, agency: "IANS", place: "Seoul", headline: headline, latest: [])
    }

    private func mapped(_ records: [CatalogRecord]) throws -> Catalog {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("catalog-map-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(CatalogCodec.magic + CatalogCodec.encode(records)).write(to: URL(fileURLWithPath: path))
        let file = try #require(MappedFile(path: path))
        var catalog = Catalog()
        let read = catalog.map(file, recordsFrom: CatalogCodec.magic.count)
        #expect(read == file.bytes.count - CatalogCodec.magic.count)
        return catalog
    }

    @Test(arguments: [50, 6000])
    func everyStoryIsFoundByItsID(count: Int) throws {
        var random = SplitMix64(seed: UInt64(count))
        let records = (0..<count).map { record(random.next(), "Story \($0)", minute: Int64($0)) }
        let catalog = try mapped(records)
        #expect(catalog.count == count)
        let lost = records.filter { catalog[$0.id]?.headline != $0.headline }
        #expect(lost.isEmpty, "\(lost.count) stories not found by their id")
        #expect(catalog.entryPositions.count == count)
    }

    @Test(arguments: [50, 6000])
    func aRepeatedIDKeepsTheLaterRecord(count: Int) throws {
        var random = SplitMix64(seed: UInt64(count) + 1)
        var records = (0..<count).map { record(random.next(), "Story \($0)", minute: Int64($0)) }
        let repeated = records[count / 3]
        records.append(record(repeated.id.value, "Story \(count / 3), corrected", minute: 0))
        let catalog = try mapped(records)
        #expect(catalog.count == count)
        #expect(catalog[repeated.id]?.headline == "Story \(count / 3), corrected")
        let misplaced = catalog.entries.indices.filter { catalog.entryPositions[catalog.entries[$0].id] != Int32($0) }
        #expect(misplaced.isEmpty)
    }
}
