import Foundation
import SeededRandom
import StoryKit
import Testing

@testable import SearchIndex

/// `byline_rank` must score every match exactly as FTS5's own `bm25()` with the same
/// column weights does: only where the story's length comes from differs.
@Suite struct RankFunctionTests {
    private static let weights = StoryField.indexOrder.map { String($0.rankWeight) }.joined(separator: ", ")

    /// 400 made-up stories, and 20 more whose text is long enough for lengths above 127
    /// (which take two bytes in FTS5's record).
    private static let corpus: GeneratedCorpus = {
        let short = GeneratedCorpus(count: 400, seed: 19)
        let long = short.stories.prefix(20).map { entry in
            var story = entry.story
            story.body = Array(repeating: story.body.joined(separator: " "), count: 20)
            return (id: StoryID(value: entry.id.value &+ 1), story: story, minute: entry.minute)
        }
        return GeneratedCorpus(stories: short.stories + long, marks: short.marks)
    }()

    private func indexedCorpus() throws -> (file: TemporaryIndexFile, database: Database) {
        let file = TemporaryIndexFile()
        try SearchIndex(path: file.path).update(from: Self.corpus, batchSize: 53)
        let database = try Database(path: file.path, create: false)
        try RankFunction.register(on: database)
        return (file, database)
    }

    /// Each match's score from both functions, in docid order.
    private func scores(_ match: String, in database: Database) throws -> [(bm25: Double, ours: Double)] {
        let statement = try database.prepare(
            "SELECT bm25(text, \(Self.weights)), \(RankFunction.name)(text, d.words) FROM text JOIN docs d ON d.docid = text.rowid WHERE text MATCH ?1 ORDER BY text.rowid"
        )
        try statement.bind([.text(match)])
        var rows: [(Double, Double)] = []
        while try statement.step() { rows.append((statement.real(0), statement.real(1))) }
        return rows
    }

    private static let matches = [
        "harbour", "\"ferry\" \"night\"", "\"winter storm\"", "rep*", "headline : lantern", "body : ferry", "\"tide\" OR \"ice\"",
        "(\"storm\" OR \"ice\") NOT \"island\"", "latest : harbour", "\"東 京\"",
    ]

    @Test func everyMatchScoresAsBM25ScoresIt() throws {
        let (file, database) = try indexedCorpus()
        defer { file.remove() }
        var compared = 0
        for match in Self.matches {
            let rows = try scores(match, in: database)
            #expect(!rows.isEmpty, "\(match) matches something, so the comparison means something")
            for row in rows where row.bm25 != row.ours {
                Issue.record("\(match): bm25 \(row.bm25), byline_rank \(row.ours)")
                break
            }
            compared += rows.count
        }
        #expect(compared > 1_000)
    }

    @Test func aRowWithoutItsLengthIsMeasuredByFTS5() throws {
        let (file, database) = try indexedCorpus()
        defer { file.remove() }
        try database.execute("UPDATE docs SET words = NULL WHERE docid % 2 = 0")
        let rows = try scores("harbour", in: database)
        #expect(!rows.isEmpty && rows.allSatisfy { $0.bm25 == $0.ours })
    }

    @Test func theStoredLengthIsTheSumOfFTS5sColumnLengths() throws {
        var bytes: ArraySlice<UInt8> = [0x05, 0x81, 0x00, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff][...]
        #expect(DocumentWriter.varint(&bytes) == 5)
        #expect(DocumentWriter.varint(&bytes) == 128)
        #expect(DocumentWriter.varint(&bytes) == -1, "the ninth byte gives all eight bits")
        #expect(bytes.isEmpty)
        var cut: ArraySlice<UInt8> = [0x81][...]
        #expect(DocumentWriter.varint(&cut) == nil)

        let (file, database) = try indexedCorpus()
        defer { file.remove() }
        let statement = try database.prepare("SELECT count(*), sum(words IS NULL), sum(words > 127) FROM docs")
        try statement.bind([])
        _ = try statement.step()
        #expect(statement.integer(0) == 420 && statement.integer(1) == 0)
        #expect(statement.integer(2) > 0, "some stories are long enough for lengths of two bytes")
    }
}
