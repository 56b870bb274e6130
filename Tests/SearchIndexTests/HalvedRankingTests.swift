import Foundation
import SeededRandom
import StoryKit
import Synchronization
import Testing

@testable import SearchIndex

/// A ranked answer put together from two halves of the docids must be the answer of
/// the one statement over the whole index, in the same order.
@Suite struct HalvedRankingTests {
    private static let corpus = GeneratedCorpus(count: 500, seed: 7)

    private func connection(to path: String) throws -> Database {
        let database = try Database(path: path, create: false)
        try RankFunction.register(on: database)
        return database
    }

    /// The ranked answer of one statement over every docid.
    private func wholeAnswer(_ query: StoryQuery, limit: Int?, on database: Database) throws -> [StoryID] {
        let marks = Self.corpus.marks
        let lookup = MarkLookup(database, marks: { marks[$0] ?? StoryState() })
        defer { lookup.unregister() }
        let compiled = IndexQuery(query, shape: .stories(order: .rank, limit: limit, docidAtLeast: nil))
        let statement = try database.prepare(compiled.sql)
        try statement.bind(compiled.values)
        var ids: [StoryID] = []
        while try statement.step() { ids.append(StoryID(value: UInt64(bitPattern: statement.integer(0)))) }
        return ids
    }

    @Test func randomQueriesGiveTheOneStatementsAnswerInItsOrder() throws {
        let file = TemporaryIndexFile()
        defer { file.remove() }
        let path = file.path
        let index = try SearchIndex(path: path)
        try index.update(from: Self.corpus, batchSize: 89)
        let whole = try connection(to: path)
        let halves = try connection(to: path)
        let marks = Self.corpus.marks

        var random = SplitMix64(seed: 5)
        var split = 0
        for _ in 0..<200 {
            let text = IndexAgreesWithScanTests.randomQuery(&random)
            let query = try StoryQuery(parsing: text)
            for limit in [nil, 1, 7, 50] {
                let expected = try wholeAnswer(query, limit: limit, on: whole)
                #expect(try index.search(query, order: .rank, limit: limit) { marks[$0] ?? StoryState() } == expected, "\(text) limit \(limit ?? -1)")
                let parts = try HalvedRanking(query: query, limit: limit).run(on: whole, and: halves) { marks[$0] ?? StoryState() }
                if let parts {
                    #expect(parts == expected, "\(text) limit \(limit ?? -1), halves")
                    if expected.count > 1 { split += 1 }
                }
            }
        }
        #expect(split > 300, "most answers were put together from two halves, so the comparison means something")
    }

    @Test func storiesOfEqualScoreComeNewestFirstThenByID() throws {
        // 150 stories of the same text score alike: more than a page and its margin of
        // ties. 40 of another text: ties that fit in the margin. Minutes shared by a few each.
        var random = SplitMix64(seed: 23)
        let stories = (0..<190).map { number in
            let story =
                number < 150
                ? Story(headline: "Lantern festival opens", body: ["The harbour lantern festival opened on Friday."])
                : Story(headline: "Ferry timetable changes", body: ["The island ferry runs later from Monday."])
            return (id: StoryID(value: random.next()), story: story, minute: Int64(28_000_000 + random.next(below: 60)))
        }
        let corpus = GeneratedCorpus(stories: stories, marks: [:])
        let file = TemporaryIndexFile()
        defer { file.remove() }
        let path = file.path
        let index = try SearchIndex(path: path)
        try index.update(from: corpus)
        let whole = try connection(to: path)
        let halves = try connection(to: path)
        for text in ["lantern", "ferry", "festival OR timetable"] {
            let query = try StoryQuery(parsing: text)
            for limit in [nil, 1, 7, 100, 170] {
                let expected = try wholeAnswer(query, limit: limit, on: whole)
                #expect(try index.search(query, order: .rank, limit: limit) { _ in StoryState() } == expected, "\(text) limit \(limit ?? -1)")
                let parts = try HalvedRanking(query: query, limit: limit).run(on: whole, and: halves) { _ in StoryState() }
                #expect(parts == expected, "\(text) limit \(limit ?? -1), halves")
            }
        }
    }

    @Test func pagesOfNothingAndOfMoreThanThereIsAreTheOneStatementsToo() throws {
        let file = TemporaryIndexFile()
        defer { file.remove() }
        let path = file.path
        let index = try SearchIndex(path: path)
        try index.update(from: Self.corpus)
        let whole = try connection(to: path)
        let query = try StoryQuery(parsing: "harbour")
        let everything = try wholeAnswer(query, limit: nil, on: whole)
        #expect(everything.count > 50)
        #expect(try index.search(query, order: .rank, limit: Int.max) { _ in StoryState() } == everything, "a page too large for the tie margin")
        #expect(try index.search(query, order: .rank, limit: Int.max - 10) { _ in StoryState() } == everything)
        #expect(try index.search(query, order: .rank, limit: 0) { _ in StoryState() } == [])
        #expect(try index.search(query, order: .rank, limit: -3) { _ in StoryState() } == [])
    }

    @Test func anotherWriterMeanwhileSendsTheQueryToOneStatement() throws {
        let file = TemporaryIndexFile()
        defer { file.remove() }
        let path = file.path
        try SearchIndex(path: path).update(from: Self.corpus)
        let main = try connection(to: path)
        let helper = try connection(to: path)
        let query = try StoryQuery(parsing: "ferry")
        #expect(try HalvedRanking(query: query, limit: 5).run(on: main, and: helper) { _ in StoryState() } != nil)
        // The marks function runs while the halves score: a commit by another connection then.
        let writer = Mutex<Database?>(try Database(path: path, create: false))
        let answer = try HalvedRanking(query: try StoryQuery(parsing: "ferry is:unread"), limit: 5).run(on: main, and: helper) { _ in
            writer.withLock { connection in
                guard let writing = connection else { return }
                try? writing.execute("INSERT OR REPLACE INTO meta VALUES('touched', 'yes')")
                connection = nil
            }
            return StoryState()
        }
        #expect(writer.withLock { $0 == nil }, "the other connection wrote")
        #expect(answer == nil, "the halves may have read two states of the index")
    }

    @Test func theMergeKeepsTheSQLOrderAndEachStoryOnce() {
        typealias Row = HalvedRanking.Row
        // Equal scores: the newer minute first, then the lower id read unsigned (a negative id last).
        let older = [Row(story: 5, score: -2, minute: 10), Row(story: -1, score: -1, minute: 20), Row(story: 9, score: -1, minute: 5)]
        let newer = [Row(story: 3, score: -2, minute: 10), Row(story: 5, score: -1, minute: 30), Row(story: 7, score: -1, minute: 20)]
        let ids = HalvedRanking.merged(older, newer, limit: nil).map { Int64(bitPattern: $0.value) }
        #expect(ids == [3, 5, 7, -1, 9], "a story in both halves (a re-indexed one, read mid-update) comes once, where it ranks best")
        #expect(HalvedRanking.merged(older, newer, limit: 2).map { Int64(bitPattern: $0.value) } == [3, 5])
        #expect(HalvedRanking.merged([], newer, limit: 10).count == 3)
    }
}
