import Foundation
import StoryKit
import Testing

@testable import SearchIndex

/// Date terms are bounded by docids (or minutes) worked out from the index's day spread:
/// the answers must stay the scan's, however far the stories' times lie from their days.
@Suite struct DaySpreadTests {
    /// Stories whose minutes lie up to a day and a half before or after their days, undated
    /// ones at any minute, and 4,200 on one day in one minute, more than its docid slots,
    /// at the greatest offset (so the docids that run past the slots are the bound's last).
    private static let corpus: GeneratedCorpus = {
        let base = GeneratedCorpus(count: 600, seed: 31)
        let offsets: [Int64] = [-900, 0, 700, 2_000, 3_500]
        var stories = base.stories.enumerated().map { number, entry in
            guard let day = entry.story.date?.dayNumber else { return entry }
            return (id: entry.id, story: entry.story, minute: Int64(day) * 1440 + offsets[number % offsets.count])
        }
        let crowdedDay = CalendarDate(dayNumber: 20_030)!
        for number in 0..<4_200 {
            var story = base.stories[number % base.stories.count].story
            story.date = crowdedDay
            stories.append((id: StoryID(value: UInt64(number + 1) &* 0xD6E8_FEB8_6659_FD93), story: story, minute: 20_030 * 1440 + 3_500))
        }
        return GeneratedCorpus(stories: stories, marks: base.marks)
    }()

    private static let queries = [
        "date:2024-10-20..2024-11-05 harbour", "after:2024-11-20 ferry", "before:2024-10-08 night", "date:2024-11-03", "date:2024-11-03 harbour",
        "date:2024-10-20..2024-11-05", "date:2024-10-25..2024-11-02 -ice", "(date:2024-10-20..2024-10-22 OR tide) harbour",
        "after:2024-11-10 before:2024-11-05 ferry",
        "after:2024-10-10 before:2024-10-12 council", "date:..2024-10-04", "is:unread after:2024-11-25 bridge",
    ]

    @Test func boundedDateTermsGiveTheScansAnswer() throws {
        let file = TemporaryIndexFile()
        defer { file.remove() }
        let path = file.path
        let index = try SearchIndex(path: path)
        try index.update(from: Self.corpus, batchSize: 700)
        let marks = Self.corpus.marks
        let database = try Database(path: path, create: false)
        guard case .known(let spread) = try SearchIndex.storedSpread(database) else {
            Issue.record("the index recorded no spread")
            return
        }
        var bounded = 0
        var matched = 0
        for text in Self.queries {
            let query = try StoryQuery(parsing: text)
            let expected = Self.corpus.scan(query)
            if !expected.isEmpty { matched += 1 }
            #expect(try index.search(query, order: .newest) { marks[$0] ?? StoryState() } == expected, "\(text)")
            #expect(Set(try index.search(query, order: .rank) { marks[$0] ?? StoryState() }) == Set(expected), "\(text) ranked")
            for page in [1, 9, 400] {
                #expect(
                    try index.search(query, order: .newest, limit: page) { marks[$0] ?? StoryState() } == Array(expected.prefix(page)), "\(text) page \(page)")
            }
            if IndexQuery(query, shape: .stories(order: .newest, limit: nil, docidAtLeast: nil), spread: spread).sql.contains(" BETWEEN ") { bounded += 1 }
        }
        #expect(matched >= 9, "most queries match something, so the comparison means something")
        #expect(bounded >= 10, "the date terms were bounded")
    }

    @Test func theSpreadCoversEveryDatedStory() throws {
        let file = TemporaryIndexFile()
        defer { file.remove() }
        let path = file.path
        try SearchIndex(path: path).update(from: Self.corpus, batchSize: 333)
        let database = try Database(path: path, create: false)
        guard case .known(let spread) = try SearchIndex.storedSpread(database) else {
            Issue.record("the index recorded no spread")
            return
        }
        #expect(spread.lowestOffset == -900 && spread.highestOffset == 3_500)
        #expect(spread.overrun > 0, "the crowded minute's docids ran past its slots")
        let rows = try database.prepare("SELECT docid, day FROM docs WHERE day IS NOT NULL")
        try rows.bind([])
        var outside = 0
        while try rows.step() {
            let range = spread.docids(from: CalendarDate(dayNumber: Int(rows.integer(1))), through: CalendarDate(dayNumber: Int(rows.integer(1))))
            if !(range.lowest...range.highest).contains(rows.integer(0)) { outside += 1 }
        }
        #expect(outside == 0)
        #expect(DaySpread(text: spread.text) == spread)
    }

    @Test func aSpreadThatCannotBeReadBoundsNothingAndStaysSo() throws {
        let file = TemporaryIndexFile()
        defer { file.remove() }
        let path = file.path
        let half = GeneratedCorpus(stories: Array(Self.corpus.stories.prefix(300)), marks: Self.corpus.marks)
        let index = try SearchIndex(path: path)
        try index.update(from: half)
        let database = try Database(path: path, create: false)
        try database.execute("UPDATE meta SET value = 'not a spread' WHERE key = '\(DaySpread.metaKey)'")
        try index.update(from: Self.corpus)
        #expect(try SearchIndex.storedSpread(database) == .unreadable, "an update does not write a spread that would leave out the stories before it")
        for text in Self.queries {
            let query = try StoryQuery(parsing: text)
            #expect(try index.search(query, order: .newest) { Self.corpus.marks[$0] ?? StoryState() } == Self.corpus.scan(query), "\(text)")
        }
    }
}
