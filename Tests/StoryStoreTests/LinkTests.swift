import Testing
import StoryKit
@testable import StoryStore

@Suite struct LinkTests {
    let listing = page("Harbour opens night ferry", day: 3, latest: [
        ("Rail strike called off", "Sat, Jan 03, 2026, 11:42 PM"),
        ("A story that is not stored", "Sat, Jan 03, 2026, 10:00 PM"),
    ])
    let listed = page("Rail strike called off", day: 3)

    @Test(arguments: [true, false])
    func linksResolveWhicheverStoryCameFirst(listingFirst: Bool) throws {
        let temporary = try TemporaryStore()
        let listingPath = try temporary.write("listing.txt", listing)
        let listedPath = try temporary.write("listed.txt", listed)
        let store = try temporary.open()
        for path in listingFirst ? [listingPath] : [listedPath] { _ = store.importPages([path]) }
        _ = try temporary.open().importPages(listingFirst ? [listedPath] : [listingPath])

        let reopened = try temporary.open()
        let listingID = try #require(reopened.catalog.entries.first { reopened.catalog.headline($0) == "Harbour opens night ferry" }?.id)
        let listedID = try #require(reopened.catalog.entries.first { reopened.catalog.headline($0) == "Rail strike called off" }?.id)
        let items = try reopened.story(listingID).story.latest
        #expect(reopened.links.resolve(items[0], from: listingID) == listedID)
        #expect(reopened.links.resolve(items[1], from: listingID) == nil)
        #expect(reopened.links.stories(listing: listedID) == [listingID])
        #expect(reopened.links.stories(listing: listingID).isEmpty)
        // The in-place check the reader uses before the link index is built agrees.
        let listingEntry = try #require(reopened.catalog.entry(listingID)), listedEntry = try #require(reopened.catalog.entry(listedID))
        #expect(reopened.catalog.lists(listingEntry, headlineKey: listedEntry.headlineKey))
        #expect(!reopened.catalog.lists(listedEntry, headlineKey: listingEntry.headlineKey))
        #expect(!reopened.catalog.lists(listingEntry, headlineKey: listingEntry.headlineKey))
    }

    @Test func headlinesMatchDespiteQuotesCaseAndPunctuation() {
        #expect(HeadlineKey.normalised("‘We will rebuild the pier’, says Island Council head") == HeadlineKey.normalised("'We will rebuild the pier', says island council head"))
        #expect(HeadlineKey.normalised("Café  opens—today!") == "café opens today")
    }

    @Test func theNearestInTimeWinsWhenHeadlinesRepeat() throws {
        let temporary = try TemporaryStore()
        let early = try temporary.write("early.txt", page("Weekly market report", day: 1, latest: [("Other", "Thu, Jan 01, 2026, 08:00 AM")]))
        let late = try temporary.write("late.txt", page("Weekly market report", day: 8, body: "Later.", latest: [("Other", "Thu, Jan 08, 2026, 08:00 AM")]))
        let listing = try temporary.write("listing.txt", page("Something else", day: 8, latest: [("Weekly market report", "Thu, Jan 08, 2026, 09:00 AM")]))
        let store = try temporary.open()
        _ = store.importPages([early, late, listing])
        let lateID = try #require(store.catalog.entries.first { $0.date?.day == 8 && store.catalog.headline($0) == "Weekly market report" }?.id)
        let item = LatestItem(headline: "Weekly market report", time: WallClockTime(iso: "2026-01-08T09:00")!)
        #expect(store.links.resolve(item) == lateID)
    }
}
