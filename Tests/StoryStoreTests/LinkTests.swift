import SeededRandom
import StoryKit
import Testing

@testable import StoryStore

@Suite struct LinkTests {
    let listing = page(
        "Harbour opens night ferry", day: 3,
        latest: [
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
        // The scans the reader uses before the link index is built agree.
        #expect(LinkIndex.resolveByScan(items[0], in: reopened.catalog, from: listingID) == listedID)
        #expect(LinkIndex.storiesByScan(listing: listedID, in: reopened.catalog) == [listingID])
        #expect(LinkIndex.storiesByScan(listing: listingID, in: reopened.catalog).isEmpty)
    }

    @Test func headlinesMatchDespiteQuotesCaseAndPunctuation() {
        #expect(
            HeadlineKey.normalised("‘We will rebuild the pier’, says Island Council head")
                == HeadlineKey.normalised("'We will rebuild the pier', says island council head"))
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

/// The link index, and the scans used before it is built, against a brute-force reading, on catalogs
/// where headlines repeat, stories list themselves, and lists name a story twice.
@Suite struct LinkIndexAgreementTests {
    @Test(arguments: [7, 8, 9])
    func theIndexAnswersAsABruteForceScanDoes(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        let keys = (0..<40).map { _ in random.next() }
        let records = (0..<600).map { index in
            CatalogRecord(
                id: StoryID(value: random.next()), contentHash: 0, headlineKey: keys[random.next(below: keys.count)], date: nil,
                time: StoryTime(minute: Int64(random.next(below: 50)), kind: .stated), importedAt: 0, parserVersion: 1, agency: "", place: "",
                headline: "story \(index)",
                latest: (0..<random.next(below: 6)).map { _ in
                    CatalogRecord.LinkKey(
                        headlineKey: keys[random.next(below: keys.count)] ^ (random.next(below: 8) == 0 ? 1 : 0),
                        minute: Int64(random.next(below: 50)))
                })
        }
        let catalog = Catalog(records: records)
        let index = LinkIndex(catalog: catalog)
        let entries = catalog.entries

        func bruteResolve(_ item: CatalogRecord.LinkKey, from source: StoryID) -> StoryID? {
            var best: (id: StoryID, distance: Int64)?
            for entry in entries where entry.headlineKey == item.headlineKey && entry.id != source {
                let distance = abs(entry.sortMinute - item.minute)
                if best == nil || distance < best!.distance { best = (entry.id, distance) }
            }
            return best?.id
        }
        var listing: [StoryID: [StoryID]] = [:]
        for entry in entries {
            var seen = Set<StoryID>()
            for item in catalog.links(entry) {
                let expected = bruteResolve(item, from: entry.id)
                #expect(index.resolve(item, from: entry.id) == expected)
                #expect(LinkIndex.resolveByScan(item, in: catalog, from: entry.id) == expected)
                if let expected, seen.insert(expected).inserted { listing[expected, default: []].append(entry.id) }
            }
        }
        for entry in entries {
            let expected = (listing[entry.id] ?? []).sorted {
                let a = catalog.entry($0)!.sortMinute, b = catalog.entry($1)!.sortMinute
                return a != b ? a > b : $0 < $1
            }
            #expect(index.stories(listing: entry.id) == expected)
            #expect(LinkIndex.storiesByScan(listing: entry.id, in: catalog) == expected)
        }
    }
}

/// Real pages name their related stories by address: a link resolves by URL first.
@Suite struct URLLinkTests {
    private func record(_ story: Story) -> CatalogRecord {
        CatalogRecord(id: StoryID(story), contentHash: 0, story: story, importedAt: 0, parserVersion: 1)
    }

    @Test func anItemResolvesByItsURLEvenWhenItsTextDiffers() {
        let target = Story(
            headline: "Night ferry to the outer islands begins service", date: CalendarDate(year: 2025, month: 12, day: 27),
            url: "https://harbourgazette.example/news/night-ferry")
        let namesake = Story(headline: "Ferry service begins", date: CalendarDate(year: 2025, month: 12, day: 27))
        let listing = Story(
            headline: "Harbour dredging to begin", date: CalendarDate(year: 2025, month: 12, day: 28),
            latest: [LatestItem(headline: "Ferry service begins", time: nil, url: "http://www.harbourgazette.example/news/night-ferry/?ref=rail#top")]
        )
        let catalog = Catalog(records: [target, namesake, listing].map(record))
        let links = LinkIndex(catalog: catalog)
        #expect(links.resolve(listing.latest[0], from: StoryID(listing)) == StoryID(target))
        #expect(LinkIndex.resolveByScan(listing.latest[0], in: catalog, from: StoryID(listing)) == StoryID(target))
        #expect(links.stories(listing: StoryID(target)) == [StoryID(listing)])
        #expect(LinkIndex.storiesByScan(listing: StoryID(target), in: catalog) == [StoryID(listing)])
        #expect(links.stories(listing: StoryID(namesake)).isEmpty)
    }

    @Test func urlsMatchWithoutSchemeWwwQueryFragmentOrTrailingSlash() {
        #expect(URLKey.normalised("https://www.site.example/news/a-story/?utm=x#top") == "site.example/news/a-story")
        #expect(URLKey.hash("http://site.example/news/a-story") == URLKey.hash("https://m.site.example/news/a-story/amp"))
        #expect(URLKey.hash("https://site.example/news/a-story") != URLKey.hash("https://site.example/news/other"))
        #expect(URLKey.hash(nil) == 0)
        #expect(URLKey.hash("not a url") == 0)
    }
}
