import Foundation
import SeededRandom
import StoryKit
import Testing

@testable import StoryStore

/// Every story's time and its evidence, as the store works it out across imports.
@Suite struct StoryTimeTests {
    /// A Jan 4, 2026 page by PTI: `stated` goes in the byline, `latest` is its list.
    private func dayPage(_ headline: String, stated: String? = nil, latest: [(String, String)]) -> String {
        var text = "\(headline)\n\nby PTI |\(stated.map { " Sun, Jan 04, 2026, \($0)" } ?? "")\n\n"
        text += "Porto Vale, Jan 4 (PTI) The text of \(headline.lowercased()).\n\n--PTI\n\nLatest News\n"
        text += latest.map { "\($0.0) Sun, Jan 04, 2026, \($0.1)" }.joined(separator: "\n") + "\n"
        return text
    }

    private func time(of headline: String, in store: StoryStore) throws -> StoryTime {
        try #require(store.catalog.entries.first { store.catalog.headline($0) == headline }).time
    }

    private func minute(_ clock: String) -> Int64 {
        let parts = clock.split(separator: ":").map { Int64($0)! }
        return Int64(CalendarDate(year: 2026, month: 1, day: 4)!.dayNumber) * 1440 + parts[0] * 60 + parts[1]
    }

    @Test func aLaterPageThatListsAStoryGivesItsTimeWithoutARebuild() throws {
        let temporary = try TemporaryStore()
        let untimed = try temporary.write("a.txt", dayPage("Ferry timetable changes", latest: [("Another story", "08:10 AM")]))
        let store = try temporary.open()
        _ = store.importPages([untimed])
        #expect(try time(of: "Ferry timetable changes", in: store) == StoryTime(minute: minute("08:11"), kind: .estimated))
        let catalogStamp = FileStamp(path: store.catalogFile)

        let listing = try temporary.write("b.txt", dayPage("Harbour opens", stated: "06:00 PM", latest: [("Ferry timetable changes", "11:45 AM")]))
        _ = try temporary.open().importPages([listing])

        let reopened = try temporary.open()
        #expect(try time(of: "Ferry timetable changes", in: reopened) == StoryTime(minute: minute("11:45"), kind: .listed))
        #expect(try time(of: "Harbour opens", in: reopened) == StoryTime(minute: minute("18:00"), kind: .stated))
        // The new evidence went into the journal; the catalog file was not rewritten.
        #expect(FileStamp(path: reopened.catalogFile) == catalogStamp)
        #expect(reopened.check(repair: false).problems.isEmpty)
    }

    @Test func storiesImportedAfterTheirListingsTakeTheListedTime() throws {
        let temporary = try TemporaryStore()
        let listing = try temporary.write("b.txt", dayPage("Harbour opens", stated: "06:00 PM", latest: [("Ferry timetable changes", "11:45 AM")]))
        let untimed = try temporary.write("a.txt", dayPage("Ferry timetable changes", latest: [("Another story", "08:10 AM")]))
        _ = try temporary.open().importPages([listing])
        _ = try temporary.open().importPages([untimed])
        #expect(try time(of: "Ferry timetable changes", in: temporary.open()) == StoryTime(minute: minute("11:45"), kind: .listed))
    }

    @Test func disagreeingListsResolveToTheEarliestListingOnTheStorysDay() throws {
        let temporary = try TemporaryStore()
        let paths = [
            try temporary.write("t.txt", dayPage("Ferry timetable changes", latest: [("Another story", "08:10 AM")])),
            try temporary.write("l1.txt", dayPage("First listing", stated: "06:00 PM", latest: [("Ferry timetable changes", "12:05 PM")])),
            try temporary.write("l2.txt", dayPage("Second listing", stated: "07:00 PM", latest: [("Ferry timetable changes", "11:40 AM")])),
            try temporary.write("l3.txt", dayPage("Third listing", stated: "08:00 PM", latest: [("Ferry timetable changes", "01:30 PM")])),
            // Another day's list (a namesake, or a wrong date) is no evidence for a Jan 4 story.
            try temporary.write(
                "l4.txt",
                "Fourth listing\n\nby PTI | Sat, Jan 03, 2026, 11:00 PM\n\nPorto Vale, Jan 3 (PTI) Text.\n\n--PTI\n\nLatest News\n"
                    + "Ferry timetable changes Sat, Jan 03, 2026, 06:00 AM\n"),
            // A stated time is never replaced by a list.
            try temporary.write("s.txt", dayPage("Stated story", stated: "09:00 AM", latest: [("Another story", "08:10 AM")])),
            try temporary.write("l5.txt", dayPage("Fifth listing", stated: "09:30 PM", latest: [("Stated story", "10:15 AM")])),
        ]
        // One page a batch: each batch's evidence meets what earlier batches stored.
        let store = try temporary.open()
        _ = store.importPages(paths, batchSize: 1)
        #expect(try time(of: "Ferry timetable changes", in: store) == StoryTime(minute: minute("11:40"), kind: .listed))
        #expect(try time(of: "Stated story", in: store) == StoryTime(minute: minute("09:00"), kind: .stated))

        // The same store built in the opposite order, and rebuilt from its story files, agrees.
        let other = try TemporaryStore()
        let reversed = try other.open()
        _ = reversed.importPages(paths.reversed(), batchSize: 1)
        #expect(try time(of: "Ferry timetable changes", in: reversed) == StoryTime(minute: minute("11:40"), kind: .listed))
        try FileManager.default.removeItem(atPath: reversed.catalogFile)
        try FileManager.default.removeItem(atPath: reversed.journalFile)
        #expect(try time(of: "Ferry timetable changes", in: other.open()) == StoryTime(minute: minute("11:40"), kind: .listed))
        #expect(store.check(repair: false).problems.isEmpty)
    }

    @Test func aPageStatingOnlyItsDayIsEstimatedFromWhenItWasSavedThatDay() throws {
        let temporary = try TemporaryStore()
        // Its list's only item is from the day before: it tells the year, not the time.
        func page(_ headline: String) -> String {
            "\(headline)\n\nby PTI |\n\nPorto Vale, Jan 4 (PTI) The harbour cranes were back at work on Sunday.\n\n--PTI\n\n"
                + "Latest News\nA story of the day before Sat, Jan 03, 2026, 10:00 PM\n"
        }
        let sameDay = try temporary.write("same-day.txt", page("Harbour cranes back at work"))
        let later = try temporary.write("later.txt", page("Dock gates reopen after repairs"))
        // Modification times on this machine's clock: 15:30 on the story's day, and a week later.
        var parts = DateComponents(year: 2026, month: 1, day: 4, hour: 15, minute: 30)
        try FileManager.default.setAttributes([.modificationDate: Calendar.current.date(from: parts)!], ofItemAtPath: sameDay)
        parts.day = 11
        try FileManager.default.setAttributes([.modificationDate: Calendar.current.date(from: parts)!], ofItemAtPath: later)
        let store = try temporary.open()
        _ = store.importPages([sameDay, later])
        #expect(try time(of: "Harbour cranes back at work", in: store) == StoryTime(minute: minute("15:30"), kind: .estimated))
        #expect(try time(of: "Dock gates reopen after repairs", in: store) == StoryTime(minute: minute("00:00"), kind: .day))
        // The saved time is kept in the story file, so a rebuilt catalog agrees.
        try FileManager.default.removeItem(atPath: store.catalogFile)
        try FileManager.default.removeItem(atPath: store.journalFile)
        #expect(try time(of: "Harbour cranes back at work", in: temporary.open()) == StoryTime(minute: minute("15:30"), kind: .estimated))
    }

    /// 300 linked stories seven minutes apart, the odd ones stating no time: imported in
    /// a shuffled order, a few at a time, the list is exactly newest first.
    /// In batches of 1 the import turns to its listing keys after 64 batches, so both ways are used.
    @Test(arguments: [7, 1])
    func aLinkedCorpusListsExactlyNewestFirst(batchSize: Int) throws {
        let temporary = try TemporaryStore()
        let corpus = LinkedCorpus(count: 300)
        var paths = try (0..<corpus.count).map { try temporary.write("p\($0).txt", corpus.page($0)) }
        var random = SystemRandomNumberGenerator()
        paths.shuffle(using: &random)
        let store = try temporary.open()
        let summary = store.importPages(paths, batchSize: batchSize)
        #expect(summary.new == corpus.count)

        let newestFirst = store.catalog.entries.sorted { ($0.sortMinute, $1.id) > ($1.sortMinute, $0.id) }.map(store.catalog.headline)
        #expect(newestFirst == (0..<corpus.count).reversed().map(corpus.headline))
        for index in 0..<(corpus.count - 1) {
            #expect(try time(of: corpus.headline(index), in: store) == StoryTime(minute: corpus.minute(index), kind: index % 2 == 0 ? .stated : .listed))
        }
        #expect(try time(of: corpus.headline(corpus.count - 1), in: store).kind == .estimated)
        #expect(store.check(repair: false).problems.isEmpty)
    }

    /// A long import looks the listings up in `ListingKeys`; a short one passes over every
    /// record. Slice by slice, from the stories' own times, both ways give the same times.
    @Test func theListingKeysFindWhatAPassOverEveryRecordFinds() throws {
        let temporary = try TemporaryStore()
        let corpus = LinkedCorpus(count: 120)
        let paths = try (0..<corpus.count).map { try temporary.write("p\($0).txt", corpus.page($0)) }
        let store = try temporary.open()
        #expect(store.importPages(paths, batchSize: 200).new == corpus.count)
        // Each story back at the time its own page gives (a listed one was estimated), in shuffled order.
        var records = store.catalog.records.map { record in
            var own = record
            if own.timeKind == .listed { own.time = StoryTime(minute: own.sortMinute - 1, kind: .estimated) }
            return own
        }
        var random = SplitMix64(seed: 3)
        records.shuffle(using: &random)
        var byPass = Catalog(), byKeys = Catalog()
        var keys: ListingKeys?
        var retimed = 0
        for start in stride(from: 0, to: records.count, by: 9) {
            let slice = Array(records[start..<min(start + 9, records.count)])
            for record in slice {
                byPass.upsert(record)
                byKeys.upsert(record)
            }
            if keys == nil { keys = ListingKeys(catalog: byKeys) } else { keys?.add(slice.map { Int32(byKeys.position(of: $0.id)!) }, of: byKeys) }
            let passed = ListedTimes.updates(in: byPass, changed: slice.map(\.id))
            let found = ListedTimes.updates(in: byKeys, changed: slice.map(\.id), keys: keys)
            #expect(passed.map { "\($0.id) \($0.time)" } == found.map { "\($0.id) \($0.time)" }, "slice from \(start)")
            for record in passed { byPass.upsert(record) }
            for record in found { byKeys.upsert(record) }
            retimed += passed.count
        }
        #expect(retimed > corpus.count / 4, "listings time many stories, so the comparison means something")
    }

    /// The bundled fixtures: the order the issue found wrong, and every timed story in order.
    @Test func theFixturesListNewestFirstByTheirKnownTimes() throws {
        let temporary = try TemporaryStore()
        let store = try temporary.open()
        _ = store.importPages([TemporaryStore.fixturePages])
        let catalog = store.catalog
        let order = catalog.entries.sorted { ($0.sortMinute, $1.id) > ($1.sortMinute, $0.id) }
        let jan4 = order.filter { $0.date == CalendarDate(year: 2026, month: 1, day: 4) }.map { catalog.headline($0) }
        let expected = [
            "Han River bridge lights to stay on through January",  // 20:45 stated
            "Café owners in São Vale welcome “quiet” rules",  // ~17:31 estimated
            "Lindmark glassworks takes on its first ten apprentices",  // 17:30 listed
            "Seoul subway to run driverless trains on a new line from March",  // 14:20 listed
            "New timetable brings late trains to commuter lines",  // 11:45 listed
            "Porto Vale promenade work to begin a month early",  // 09:05 listed
            "Cold spell to last another week",  // the day only
        ]
        #expect(jan4 == expected)

        // Independently of the rule's code: every time a fixture page prints for a stored
        // headline on its day is never earlier than that story's listed time, and stated
        // times are the pages' own.
        let stories = try catalog.entries.map { try store.story($0.id).story }
        var printed: [String: [WallClockTime]] = [:]
        for story in stories {
            for item in story.latest { if let time = item.time { printed[HeadlineKey.normalised(item.headline), default: []].append(time) } }
        }
        for (entry, story) in zip(catalog.entries, stories) {
            let time = entry.time
            switch time.kind {
            case .stated: #expect(time.minute == Int64(story.published!.minuteNumber))
            case .listed:
                let onItsDay = (printed[HeadlineKey.normalised(story.headline)] ?? []).filter { entry.date == nil || $0.date == entry.date }
                #expect(time.minute == Int64(onItsDay.map(\.minuteNumber).min()!))
            case .estimated, .day, .undated:
                #expect((printed[HeadlineKey.normalised(story.headline)] ?? []).filter { entry.date == nil || $0.date == entry.date }.isEmpty)
            }
        }
        // Newest first is the order of the times, day by day.
        #expect(order.map(\.sortMinute) == order.map(\.sortMinute).sorted(by: >))
    }
}

/// Linked wire pages for the ordering tests: page `i` is `7 × i` minutes after
/// 2026-01-04 00:00; even pages state their time, odd ones do not; each lists the five
/// before it with their times.
struct LinkedCorpus {
    let count: Int

    func headline(_ index: Int) -> String { "Harbour report number \(index) on the night ferry" }

    func minute(_ index: Int) -> Int64 { Int64(CalendarDate(year: 2026, month: 1, day: 4)!.dayNumber) * 1440 + Int64(index * 7) }

    /// `Mon, Jan 05, 2026, 02:07 PM`.
    func printed(_ index: Int) -> String {
        let total = index * 7
        let day = 4 + total / 1440, hour = total % 1440 / 60, minute = total % 60
        let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let hour12 = hour % 12 == 0 ? 12 : hour % 12
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(weekdays[(day - 4) % 7]), Jan \(two(day)), 2026, \(two(hour12)):\(two(minute)) \(hour < 12 ? "AM" : "PM")"
    }

    func page(_ index: Int) -> String {
        var text = "\(headline(index))\n\nby IANS |\(index % 2 == 0 ? " " + printed(index) : "")\n\n"
        text += "Porto Vale, Jan \(4 + index * 7 / 1440) (IANS) The ferry ran its \(index)th night crossing.\n\n--IANS\n\nLatest News\n"
        for back in 1...5 where index - back >= 0 { text += "\(headline(index - back)) \(printed(index - back))\n" }
        if index == 0 { text += "An older story elsewhere \(printed(0))\n" }
        return text
    }
}
