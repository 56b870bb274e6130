import Foundation
import PageReading
import StoryKit
import Testing

/// Every real-page fixture reads to its expected parse, key by key; the pairs listed in
/// `KnownDifferences.txt` are where the reader still falls short, and a pair that starts
/// to pass must be taken off the list (so the list only ever shrinks).
@Suite struct RealPageFixtureTests {
    @Test func theSetCoversEveryKindOfPage() {
        let pages = RealPageFixtures.pages
        #expect(pages.filter { $0.hasPrefix("html/") }.count >= 30)
        #expect(pages.filter { $0.hasPrefix("dumps/") }.count >= 15)
        #expect(pages.contains { $0.hasSuffix(".mhtml") })
        #expect(pages.contains { $0.hasSuffix(".gz") })
    }

    @Test(arguments: RealPageFixtures.pages)
    func pageReadsAsExpected(page: String) throws {
        let expected = try RealPageFixtures.expected(page)
        #expect(!expected.isEmpty, "no expectation for \(page)")
        let actual: [String: Any]
        do {
            let parsed = try PageReader.read(try RealPageFixtures.bytes(page))
            let json = ParseReport.json(file: page, page: parsed).compact
            actual = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] ?? [:]
        } catch let rejection as PageRejection {
            Issue.record("\(page) was rejected: \(rejection)")
            return
        }
        let name = String(page.split(separator: "/").last!)
        for key in expected.keys.sorted() {
            let want = RealPageFixtures.canonical(expected[key])
            let got = RealPageFixtures.canonical(actual[key])
            let known = RealPageFixtures.knownDifferences.contains("\(name) \(key)")
            if known {
                #expect(want != got, "\(name) \(key) now reads as expected: take it off KnownDifferences.txt")
            } else if want != got {
                Issue.record("\(name): \(key) differs (- expected, + read):\n\(RealPageFixtures.diff(expected: want, actual: got))")
            }
        }
    }

    @Test func aGzipPageReadsLikeItsHTML() throws {
        let page = try #require(RealPageFixtures.pages.first { $0.hasSuffix(".html.gz") })
        let story = try PageReader.read(try RealPageFixtures.bytes(page)).story
        #expect(story.kind == .html)
        #expect(!story.body.isEmpty)
    }

    @Test func mhtmlSavesReadAsMHTML() throws {
        for page in RealPageFixtures.pages where page.hasSuffix(".mhtml") {
            let story = try PageReader.read(try RealPageFixtures.bytes(page)).story
            #expect(story.kind == .mhtml, "\(page)")
            #expect(story.body.count >= 2, "\(page)")
        }
    }
}
