import StoryKit
import Testing

@Suite struct StoryTimeRuleTests {
    let day = CalendarDate(year: 2026, month: 1, day: 4)!
    var dayStart: Int64 { Int64(day.dayNumber) * 1440 }

    private func story(published: PublishedTime? = nil, date: CalendarDate?, latest: [LatestItem] = []) -> Story {
        Story(headline: "A story", date: date, published: published, body: ["Text."], latest: latest)
    }

    private func at(_ hour: Int, _ minute: Int, on date: CalendarDate? = nil) -> WallClockTime {
        WallClockTime(date: date ?? day, hour: hour, minute: minute)!
    }

    @Test func theOwnPageGivesStatedThenEstimatedThenDayThenUndated() {
        let stated = StoryTime(ownPage: story(published: PublishedTime(at(14, 20)), date: day), importedAt: 0)
        #expect(stated == StoryTime(minute: dayStart + 14 * 60 + 20, kind: .stated))
        #expect(stated.clockText == "14:20")

        // The newest item of its own list on its own day, plus a minute: the page came after it.
        let listing = [
            LatestItem(headline: "x", time: at(9, 5)), LatestItem(headline: "y", time: at(11, 44)),
            LatestItem(headline: "z", time: at(23, 0, on: CalendarDate(year: 2026, month: 1, day: 5)!)),
        ]
        let estimated = StoryTime(ownPage: story(date: day, latest: listing), importedAt: 0)
        #expect(estimated == StoryTime(minute: dayStart + 11 * 60 + 45, kind: .estimated))
        #expect(estimated.clockText == "~11:45")

        // Without such an item, when the page was saved, if that was on its day.
        let saved = StoryTime(ownPage: story(date: day), importedAt: 0, savedAt: at(15, 30))
        #expect(saved == StoryTime(minute: dayStart + 15 * 60 + 30, kind: .estimated))
        let savedLater = StoryTime(ownPage: story(date: day), importedAt: 0, savedAt: at(9, 0, on: CalendarDate(year: 2026, month: 1, day: 6)!))
        #expect(savedLater.kind == .day)

        let dayOnly = StoryTime(ownPage: story(date: day, latest: [LatestItem(headline: "x", time: nil)]), importedAt: 0)
        #expect(dayOnly == StoryTime(minute: dayStart, kind: .day))
        #expect(dayOnly.clockText == nil && dayOnly.date == day)

        let undated = StoryTime(ownPage: story(date: nil), importedAt: 1_800_000_000)
        #expect(undated.kind == .undated && undated.date == nil && undated.minute < 0)
    }

    @Test func aListingImprovesOnlyWhatIsWeakerAndOnlyOnTheStorysDay() {
        let stated = StoryTime(minute: dayStart + 600, kind: .stated)
        #expect(stated.improved(byListing: dayStart + 500, storyDate: day) == nil)

        let dayOnly = StoryTime(minute: dayStart, kind: .day)
        #expect(dayOnly.improved(byListing: dayStart + 700, storyDate: day) == StoryTime(minute: dayStart + 700, kind: .listed))
        #expect(dayOnly.improved(byListing: dayStart - 60, storyDate: day) == nil)

        let listed = StoryTime(minute: dayStart + 700, kind: .listed)
        #expect(listed.improved(byListing: dayStart + 650, storyDate: day) == StoryTime(minute: dayStart + 650, kind: .listed))
        #expect(listed.improved(byListing: dayStart + 750, storyDate: day) == nil)

        let estimated = StoryTime(minute: dayStart + 900, kind: .estimated)
        #expect(estimated.improved(byListing: dayStart + 950, storyDate: day)?.kind == .listed)

        let undated = StoryTime(minute: -5, kind: .undated)
        #expect(undated.improved(byListing: dayStart + 30, storyDate: nil) == StoryTime(minute: dayStart + 30, kind: .listed))
    }

    @Test func timesBefore1970FallOnTheirOwnDay() {
        let date = CalendarDate(year: 1969, month: 12, day: 31)!
        let time = StoryTime(minute: Int64(date.dayNumber) * 1440 + 23 * 60 + 59, kind: .stated)
        #expect(time.date == date)
        #expect(time.clockText == "23:59")
    }
}

@Suite struct NeighbourRuleTests {
    private func facts(_ headline: String, _ agency: String?, _ body: String, day: Int = 4) -> NeighbourRule.Facts {
        NeighbourRule.Facts(story: Story(headline: headline, agency: agency, date: CalendarDate(year: 2026, month: 1, day: day), body: [body]))
    }

    @Test func anotherSourcesReportOfTheEventIsAlsoReported() {
        let pti = facts("Ferry crews accept harbour pay deal", "PTI", "Ferry crews voted to accept the harbour board pay deal after weeks of talks.")
        let reuters = facts("Harbour pay deal accepted by ferry crews", "Reuters", "Ferry crews accepted the harbour board pay offer, ending weeks of talks.")
        #expect(NeighbourRule.isAlsoReported(reuters, besides: pti))
        // The same agency's story is a version or a story of its own, never "also reported".
        let ptiAgain = facts("Harbour pay deal accepted by ferry crews", "PTI", "Ferry crews accepted the harbour board pay offer, ending weeks of talks.")
        #expect(!NeighbourRule.isAlsoReported(ptiAgain, besides: pti))
        // Too far apart in time, or about something else.
        let later = facts("Harbour pay deal accepted by ferry crews", "Reuters", "Ferry crews accepted the harbour board pay offer.", day: 9)
        #expect(!NeighbourRule.isAlsoReported(later, besides: pti))
        let other = facts("Snow closes the mountain pass", "Reuters", "Snow closed the mountain pass for the night.")
        #expect(!NeighbourRule.isAlsoReported(other, besides: pti))
        #expect(!NeighbourRule.isRelated(other, to: pti))
    }

    @Test func queryWordsAreFoldedAndLeaveOutCommonWords() {
        let words = NeighbourRule.queryWords(headline: "“Ferry” crews: that deal!", body: ["The ferry said that the deal would hold.", "Ferry, ferry."])
        #expect(words.first == "ferry")
        #expect(words.contains("deal") && words.contains("crews") && words.contains("hold"))
        #expect(!words.contains("that") && !words.contains("said") && !words.contains("the"))
        #expect(words.allSatisfy { $0.allSatisfy { $0.isLetter || $0.isNumber } })
    }
}
