import Foundation
import Testing

/// `byline list` and `byline show` on one story filed twice, another agency's report of
/// it and a related story: versions collapse to one line, `show` names all three kinds.
@Suite struct StoryRelationsCLITests {
    private let deal = [
        "Ferry crews in Porto Vale voted on Sunday to accept the pay deal the harbour board offered after six weeks of talks.",
        "The deal gives deckhands and engineers a rise of seven percent over two years and one more day of leave.",
        "Union leaders said the vote was close but that members wanted the winter timetable to run without strikes.",
        "The board said night sailings to the three outer islands would start again from the first weekend of February.",
    ]

    private func page(_ headline: String, _ agency: String, _ time: String, _ paragraphs: [String]) -> String {
        "\(headline)\n\nby \(agency) | Sun, Jan 04, 2026, \(time)\n\nPorto Vale, Jan 4 (\(agency)) " + paragraphs.joined(separator: "\n\n")
            + "\n\n--\(agency)\n"
    }

    @Test func listCollapsesVersionsAndShowNamesVersionsReportsAndRelatedStories() throws {
        let folder = try PageFolder(count: 0)
        let pages: [(String, String)] = [
            ("first.txt", page("Ferry crews accept harbour pay deal", "PTI", "09:00 AM", deal)),
            (
                "lead.txt",
                page(
                    "(LEAD) Ferry crews accept harbour pay deal", "PTI", "11:00 AM",
                    deal + ["Passengers can claim refunds for cancelled crossings until March."])
            ),
            (
                "reuters.txt",
                page(
                    "Harbour pay deal accepted by Porto Vale ferry crews", "Reuters", "10:00 AM",
                    [
                        "Porto Vale ferry crews accepted a harbour board pay offer on Sunday, ending six weeks of talks and four strikes.",
                        "Deckhands and engineers get a rise over two years, the union said, and night sailings return in February.",
                    ])
            ),
            (
                "terminal.txt",
                page(
                    "Harbour board plans a new ferry terminal", "AFP", "01:00 PM",
                    [
                        "The harbour board in Porto Vale plans a ferry terminal beside the old pier, with work to start next year.",
                        "Ferry crews and their union welcomed the plan once the pay talks had ended.",
                    ])
            ),
        ]
        for (name, text) in pages { try text.write(toFile: folder.pages + "/" + name, atomically: true, encoding: .utf8) }
        #expect(try CommandRunner.run(["import", "--store", folder.store, folder.pages]).status == 0)

        let list = try CommandRunner.run(["list", "--store", folder.store]).stdout.split(separator: "\n")
        #expect(list.count == 3)
        #expect(list.contains { $0.hasSuffix("(LEAD) Ferry crews accept harbour pay deal  (2 versions)") })
        #expect(try CommandRunner.run(["list", "--store", folder.store, "--versions", "all"]).stdout.split(separator: "\n").count == 4)
        let lead = try #require(list.first { $0.contains("(LEAD)") }).split(separator: " ")[0]

        let shown = try CommandRunner.run(["show", "--store", folder.store, "--width", "200", String(lead)])
        #expect(shown.status == 0 && shown.stderr.isEmpty, "\(shown.stderr)")
        let text = shown.stdout
        #expect(text.contains("time 2026-01-04 11:00 · stated on the page"))
        #expect(text.contains("Other versions\n- Ferry crews accept harbour pay deal — PTI · 2026-01-04 09:00 · 0 new paragraphs ["))
        #expect(text.contains("Also reported\n- Harbour pay deal accepted by Porto Vale ferry crews — Reuters · 2026-01-04 10:00 ["))
        #expect(text.contains("Related\n- Harbour board plans a new ferry terminal — AFP · 2026-01-04 13:00 ["))

        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(CommandRunner.run(["show", "--store", folder.store, "--json", String(lead)]).stdout.utf8))
                as? [String: Any])
        #expect((json["versions"] as? [String])?.count == 1)
        #expect((json["alsoReported"] as? [String])?.count == 1)
        #expect((json["related"] as? [String])?.count == 1)
        #expect(json["timeKind"] as? String == "stated" && json["time"] as? String == "2026-01-04T11:00")
    }
}
