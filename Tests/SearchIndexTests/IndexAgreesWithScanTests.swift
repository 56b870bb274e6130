import Foundation
import SearchIndex
import SeededRandom
import StoryKit
import Testing

@Suite struct IndexAgreesWithScanTests {
    static let corpus = GeneratedCorpus(count: 500, seed: 7)

    /// The folder every test's index goes in, removed when the test process ends.
    private static let folder: String = {
        atexit { try? FileManager.default.removeItem(atPath: IndexAgreesWithScanTests.folderPath()) }
        return folderPath()
    }()

    private static func folderPath() -> String { NSTemporaryDirectory() + "byline-index-tests-\(getpid())" }

    private func temporaryIndexPath() -> String {
        Self.folder + "/\(UUID().uuidString)/search.sqlite"
    }

    private func builtIndex() throws -> SearchIndex {
        let index = try SearchIndex(path: temporaryIndexPath())
        try index.update(from: Self.corpus, batchSize: 97)
        return index
    }

    private func answer(_ index: SearchIndex, _ query: StoryQuery, order: SearchOrder = .newest) throws -> [StoryID] {
        let marks = Self.corpus.marks
        return try index.search(query, order: order) { marks[$0] ?? StoryState() }
    }

    /// A random query of the whole language, from the corpus's own words.
    static func randomQuery(_ random: inout SplitMix64, depth: Int = 0) -> String {
        func term() -> String {
            let word = GeneratedCorpus.vocabulary[random.next(below: GeneratedCorpus.vocabulary.count)]
            let second = GeneratedCorpus.vocabulary[random.next(below: GeneratedCorpus.vocabulary.count)]
            switch random.next(below: 16) {
            case 0: return "\"\(word) \(second)\""
            case 1: return String(word.prefix(3)) + "*"
            case 2: return ["headline:", "body:", "byline:", "latest:"][random.next(below: 4)] + word
            case 3: return "agency:" + GeneratedCorpus.agencies[random.next(below: 4)]
            case 4: return "place:\"" + GeneratedCorpus.places[random.next(below: 3)] + "\""
            case 5:
                let from = CalendarDate(dayNumber: 20_000 + random.next(below: 60))!
                let to = CalendarDate(dayNumber: from.dayNumber + random.next(below: 20))!
                return ["date:\(from)..\(to)", "after:\(from)", "before:\(to)", "date:\(from)", "date:..\(to)"][random.next(below: 5)]
            case 6: return "is:" + ["read", "unread", "starred", "unstarred"][random.next(below: 4)]
            case 7: return "lang:" + ["en", "pt", "en-gb", "de"][random.next(below: 4)]
            case 8: return "site:" + ["example1.com", "news.example2.com", "\"The Example 0\"", "com"][random.next(below: 4)]
            case 9: return word.uppercased()
            case 10: return ["cafe", "SAO", "Ecole", "tokyo", "東京駅"][random.next(below: 5)]
            default: return word
            }
        }
        var parts: [String] = []
        for _ in 0..<(1 + random.next(below: 3)) {
            var part = depth < 2 && random.next(below: 6) == 0 ? "(" + randomQuery(&random, depth: depth + 1) + ")" : term()
            if random.next(below: 5) == 0 { part = (random.next(below: 2) == 0 ? "-" : "NOT ") + part }
            parts.append(part)
        }
        var query = parts.joined(separator: " ")
        if random.next(below: 4) == 0 { query += " OR " + term() }
        return query
    }

    @Test func hundredsOfRandomQueriesGiveTheScansAnswer() throws {
        let index = try builtIndex()
        var random = SplitMix64(seed: 42)
        var nonEmpty = 0
        for _ in 0..<300 {
            let text = Self.randomQuery(&random)
            let query = try StoryQuery(parsing: text)
            let expected = Self.corpus.scan(query)
            let found = try answer(index, query)
            #expect(found == expected, "\(text): index \(found.count), scan \(expected.count)")
            #expect(Set(try answer(index, query, order: .rank)) == Set(expected), "\(text) ranked")
            // A newest-first page (two passes, the first in docid order) is the scan's first page.
            let page = 1 + random.next(below: 12)
            let marks = Self.corpus.marks
            #expect(try index.search(query, order: .newest, limit: page) { marks[$0] ?? StoryState() } == Array(expected.prefix(page)), "\(text) page")
            if !expected.isEmpty { nonEmpty += 1 }
        }
        #expect(nonEmpty > 150, "most random queries match something, so the comparison means something")
    }

    @Test func aMinuteWithMoreStoriesThanDocidSlotsStillPagesExactly() throws {
        // Undated pages share their import minute: 5,000 stories in one minute overflow its 4,096 slots.
        let crowded = GeneratedCorpus(count: 5_000, seed: 11)
        let corpus = GeneratedCorpus(stories: crowded.stories.enumerated().map { ($1.id, $1.story, $0 < 4_990 ? 1_000 : 999) }, marks: crowded.marks)
        let index = try SearchIndex(path: temporaryIndexPath())
        try index.update(from: corpus)
        for text in ["harbour", "ferry night", "\"winter storm\"", "tide -ice"] {
            let query = try StoryQuery(parsing: text)
            let expected = corpus.scan(query)
            for page in [1, 10, 300] {
                #expect(try index.search(query, order: .newest, limit: page) { _ in StoryState() } == Array(expected.prefix(page)), "\(text) \(page)")
            }
        }
    }

    @Test func rankingPutsHeadlineMatchesFirst() throws {
        let index = try builtIndex()
        let query = try StoryQuery(parsing: "lantern")
        let ranked = try answer(index, query, order: .rank)
        let byID = Dictionary(uniqueKeysWithValues: Self.corpus.stories.map { ($0.id, $0.story) })
        let inHeadline = ranked.map { SearchTokenizer.words(byID[$0]!.headline).contains("lantern") }
        #expect(inHeadline.contains(true) && inHeadline.contains(false))
        #expect(inHeadline.prefix(20).allSatisfy { $0 }, "the first page of results is headline matches, which weigh most")
    }

    @Test func hostileQueriesAreAnsweredAsTheScanAnswersThem() throws {
        let index = try builtIndex()
        for text in [
            "'; DROP TABLE docs; --", "\" OR 1=1 --\"", "NEAR(harbour ferry)", "{headline}: ferry", "harbour^ ferry:", "ferry*:*", "x\u{0}y", "\u{1B}[2J ferry",
        ] {
            let query = try StoryQuery(parsing: text)
            #expect(try answer(index, query) == Self.corpus.scan(query), "\(text)")
        }
        #expect(try index.storyCount() == Self.corpus.stories.count, "nothing a query says changes the index")
    }

    @Test func anUpdateIndexesOnlyWhatChangedAndRemovesWhatWentAway() throws {
        let path = temporaryIndexPath()
        let index = try SearchIndex(path: path)
        let first = try index.update(from: Self.corpus)
        #expect(first.indexed == Self.corpus.stories.count)
        #expect(try index.update(from: Self.corpus) == IndexUpdate(), "a current index is left alone")
        let smaller = GeneratedCorpus(stories: Array(Self.corpus.stories.dropLast(10)), marks: Self.corpus.marks)
        let second = try index.update(from: smaller)
        #expect(second.removed == 10 && second.indexed == 0)
        let query = try StoryQuery(parsing: "harbour OR ferry")
        #expect(try answer(index, query) == smaller.scan(query))
        #expect(index.isCurrent(for: smaller.indexStamps()))
        #expect(!index.isCurrent(for: Self.corpus.indexStamps()))
    }

    @Test(arguments: ["truncated", "garbage", "empty"])
    func aDamagedIndexFileIsBuiltAgain(damage: String) throws {
        let path = temporaryIndexPath()
        do {
            let index = try SearchIndex(path: path)
            try index.update(from: Self.corpus)
        }
        let size = try FileManager.default.attributesOfItem(atPath: path)[.size] as! Int
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        switch damage {
        case "truncated": try handle.truncate(atOffset: UInt64(size / 3))
        case "garbage":
            try handle.seek(toOffset: 0)
            handle.write(Data((0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31) }))
        default: try handle.truncate(atOffset: 0)
        }
        try handle.close()
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        let query = try StoryQuery(parsing: "harbour ferry")
        var index = try SearchIndex(path: path)
        do {
            _ = try answer(index, query)
            try index.update(from: Self.corpus)
        } catch let error as SQLiteError where error.isDamage {
            // Damage found only when read: the next writer starts afresh.
            SearchIndex.removeFiles(at: path)
            index = try SearchIndex(path: path)
            try index.update(from: Self.corpus)
        }
        #expect(try answer(index, query) == Self.corpus.scan(query))
        #expect(index.integrityProblems().isEmpty)
    }
}
