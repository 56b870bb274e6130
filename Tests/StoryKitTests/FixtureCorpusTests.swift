import Foundation
import Testing

@testable import StoryKit

/// Every fixture page parses to exactly its expected JSON in `fixtures/expected`.
@Suite struct FixtureCorpusTests {
    @Test func corpusIsLargeEnough() {
        let names = Fixtures.pageNames
        #expect(names.count >= 60)
        let agencies = Set(
            names.compactMap { name -> String? in
                let parts = name.split(separator: "-")
                return parts.count > 4 && parts[0].count == 4 ? String(parts[3]) : nil
            })
        #expect(agencies.count >= 5, "agencies: \(agencies.sorted())")
    }

    @Test(arguments: Fixtures.pageNames)
    func pageMatchesExpectedJSON(name: String) throws {
        let file = "fixtures/pages/\(name).txt"
        let actual: JSONValue
        do {
            actual = ParseReport.json(file: file, page: try WirePageParser.parse(try Fixtures.bytes(of: name)))
        } catch let rejection as PageRejection {
            actual = ParseReport.json(file: file, error: rejection.description)
        }
        let expectedURL = Fixtures.expected.appendingPathComponent(name + ".json")
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        let rendered = actual.pretty + "\n"
        if rendered != expected {
            Issue.record("\(name).json differs (- expected, + parsed):\n\(TextDiff.lines(expected: expected, actual: rendered))")
        }
    }

    /// Latest-news lists name other pages of the corpus by their exact headline, so jumps can be tested.
    @Test func latestNewsItemsNameOtherCorpusPages() throws {
        var headlines: [String: WallClockTime?] = [:]
        var items: [LatestItem] = []
        for name in Fixtures.pageNames where !name.hasPrefix("hostile-") {
            let page = try WirePageParser.parse(try Fixtures.bytes(of: name))
            headlines[page.story.headline] = .some(nil)
            items += page.story.latest
        }
        let resolved = items.filter { headlines[$0.headline] != nil }
        let unresolved = items.filter { headlines[$0.headline] == nil }
        #expect(resolved.count >= 100)
        #expect(!unresolved.isEmpty, "the corpus also needs items that name stories not in it")
    }
}
