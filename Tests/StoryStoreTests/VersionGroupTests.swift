import Foundation
import StoryKit
import Testing

@testable import StoryStore

/// Pages that are one story filed several times, grouped by their text.
@Suite struct VersionGroupTests {
    /// Pairwise precision and recall of the store's groups against the corpus's truth.
    private func score(_ store: StoryStore, _ pages: [VersionCorpus.Page], paths: [String: String]) throws -> (
        precision: Double, recall: Double, wrong: [String]
    ) {
        var groupOf: [String: UInt64] = [:], truthOf: [String: Int] = [:]
        let byHeadline = Dictionary(
            store.catalog.entries.map { (store.catalog.headline($0) + "|" + store.catalog.agency($0), $0) }, uniquingKeysWith: { a, _ in a })
        for page in pages {
            let parsed = try StoryStore.open(at: store.layout.root, machine: "test").parser.parse(Array(page.text.utf8)).story
            let entry = try #require(byHeadline[parsed.headline + "|" + (parsed.agency ?? "")], "\(page.name) is stored")
            groupOf[page.name] = entry.versionGroup == 0 ? UInt64.max - UInt64(truthOf.count) : entry.versionGroup
            truthOf[page.name] = page.group
        }
        var truePairs = 0, predicted = 0, correct = 0
        var wrong: [String] = []
        let names = pages.map(\.name)
        for (index, first) in names.enumerated() {
            for second in names[(index + 1)...] {
                let same = truthOf[first] == truthOf[second], grouped = groupOf[first] == groupOf[second]
                if same { truePairs += 1 }
                if grouped { predicted += 1 }
                if same && grouped { correct += 1 }
                if grouped && !same { wrong.append("\(first) + \(second)") }
            }
        }
        return (predicted == 0 ? 1 : Double(correct) / Double(predicted), truePairs == 0 ? 1 : Double(correct) / Double(truePairs), wrong)
    }

    @Test(arguments: [1, 7])
    func knownVersionsGroupAndUnrelatedStoriesNeverMerge(batchSize: Int) throws {
        let temporary = try TemporaryStore()
        let pages = VersionCorpus(stories: 40, seed: 11).pages()
        var paths: [String: String] = [:]
        for page in pages { paths[page.name] = try temporary.write(page.name, page.text) }
        let store = try temporary.open()
        var shuffled = Array(paths.values)
        var random = SystemRandomNumberGenerator()
        shuffled.shuffle(using: &random)
        let summary = store.importPages(shuffled, batchSize: batchSize)
        #expect(summary.new == pages.count)

        let (precision, recall, wrong) = try score(store, pages, paths: paths)
        #expect(wrong.isEmpty, "merged stories that are not versions: \(wrong.prefix(5))")
        #expect(precision >= 0.98 && recall >= 0.98, "precision \(precision), recall \(recall)")
        // The groups do not depend on the order the pages came in: a rebuild agrees, and check is clean.
        #expect(store.check(repair: false).problems.isEmpty)
        try FileManager.default.removeItem(atPath: store.catalogFile)
        try FileManager.default.removeItem(atPath: store.journalFile)
        let rebuilt = try temporary.open()
        #expect(Set(rebuilt.catalog.entries.map { [$0.id.value, $0.versionGroup] }) == Set(store.catalog.entries.map { [$0.id.value, $0.versionGroup] }))
    }

    @Test func pagesWithoutTextOrFarApartInTimeStayApart() throws {
        let temporary = try TemporaryStore()
        let body = (1...8).map { "Paragraph \($0) of the weekly harbour notice says the same thing every single week of the year." }
        func notice(_ headline: String, day: Int, body: [String]) -> String {
            "\(headline)\n\nby PTI |\n\nPorto Vale, Jan \(day) (PTI) \(body.joined(separator: "\n\n"))\n\n--PTI\n\nLatest News\nA story Sat, Jan \(day < 10 ? "0" : "")\(day), 2026, 08:15 PM\n"
        }
        let paths = [
            try temporary.write("a.txt", notice("Weekly harbour notice", day: 2, body: body)),
            try temporary.write("b.txt", notice("Weekly harbour notice for this week", day: 9, body: body)),  // identical text, a week later
            try temporary.write("c.txt", notice("A page with no story", day: 2, body: [])),
            try temporary.write("d.txt", notice("Another page with no story", day: 2, body: [])),
            try temporary.write("e.txt", notice("A caption", day: 2, body: ["Photo: the harbour at dawn."])),
            try temporary.write("f.txt", notice("Another caption", day: 2, body: ["Photo: the harbour at dawn."])),
            // Short notices from one template, a number apart, are different stories.
            try temporary.write(
                "g.txt",
                notice("Item 1 is ready", day: 2, body: ["The harbour authority said on Monday that item 1 was ready.", "Officials expected more passengers."])),
            try temporary.write(
                "h.txt",
                notice("Item 2 is ready", day: 2, body: ["The harbour authority said on Monday that item 2 was ready.", "Officials expected more passengers."])),
        ]
        let store = try temporary.open()
        _ = store.importPages(paths)
        #expect(store.catalog.count == 8)
        #expect(store.catalog.entries.allSatisfy { $0.versionGroup == 0 })
    }

    /// A long import and a rebuild find a slice's candidates in the band index; a short
    /// import passes over every record. Slice by slice, both ways give the same records,
    /// also after a story was replaced by one with other text (its old bands still listed).
    @Test func theBandIndexFindsWhatAPassOverEveryRecordFinds() throws {
        let temporary = try TemporaryStore()
        let pages = VersionCorpus(stories: 30, seed: 5).pages()
        let paths = try pages.map { try temporary.write($0.name, $0.text) }
        let store = try temporary.open()
        #expect(store.importPages(paths, batchSize: 16).new == pages.count)
        let files = StoryFiles(layout: store.layout)
        var records = store.catalog.records.map { record in
            var ungrouped = record
            ungrouped.versionGroup = 0
            return ungrouped
        }
        var byPass = Catalog(records: records), byIndex = byPass
        var bands = BandOwners(catalog: byIndex)
        // One story takes another's text: still listed under its old bands, it must not match them.
        let first = try #require(records.first { $0.versionGroup == 0 && store.catalog[$0.id]?.versionGroup != 0 })
        let second = try #require(records.first { store.catalog[$0.id]?.versionGroup != store.catalog[first.id]?.versionGroup })
        let replacedAt = try #require(records.firstIndex { $0.id == first.id })
        records[replacedAt].bandKeys = second.bandKeys
        byPass.upsert(records[replacedAt])
        byIndex.upsert(records[replacedAt])
        bands.add([Int32(try #require(byIndex.position(of: first.id)))], of: byIndex)
        // Its text is still its own: found by its old bands, it would join its old group.
        let text = { (id: StoryID) in files.textFingerprint(id) }
        var grouped = 0
        for start in stride(from: 0, to: records.count, by: 16) {
            let slice = records[start..<min(start + 16, records.count)].map(\.id)
            let passed = VersionGroups.updates(in: byPass, changed: slice, text: text)
            let indexed = VersionGroups.updates(in: byIndex, changed: slice, bands: bands, text: text)
            // Compared as (story, group) lines, so that a difference reads as one.
            #expect(passed.map { "\($0.id) \($0.versionGroup)" } == indexed.map { "\($0.id) \($0.versionGroup)" }, "slice from \(start)")
            for record in passed { byPass.upsert(record) }
            for record in indexed { byIndex.upsert(record) }
            grouped += passed.count
        }
        #expect(grouped > records.count / 2, "the corpus's versions are grouped, so the comparison means something")
    }

    @Test func hundredsOfVersionsOfOnePageFormOneGroup() throws {
        let temporary = try TemporaryStore()
        let body = (1...6).map { "Sentence \($0) tells how the ferry crews voted to accept the new pay deal after weeks of talks." }
        let paths = try (0..<300).map { index in
            try temporary.write(
                "v\(index).txt",
                "Ferry crews accept pay deal, update \(index)\n\nby PTI |\n\nPorto Vale, Jan 4 (PTI) "
                    + (body + ["Update \(index) adds this line."]).joined(separator: "\n\n")
                    + "\n\n--PTI\n\nLatest News\nA story Sun, Jan 04, 2026, 08:15 PM\n")
        }
        let store = try temporary.open()
        _ = store.importPages(paths, batchSize: 64)
        let groups = Set(store.catalog.entries.map(\.versionGroup))
        #expect(groups.count == 1 && groups.first != 0)
        #expect(groups.first == store.catalog.entries.map(\.id.value).min())
    }
}
