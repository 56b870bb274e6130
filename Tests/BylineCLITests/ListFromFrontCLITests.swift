import Foundation
import Testing

/// `byline list` reads a store with a catalog lookup from the front of the catalog file,
/// and one without from the walk over every record: the two print the same lines.
/// `byline search` asks a current index without the walk: the same answers too.
@Suite struct ListFromFrontCLITests {
    private func lookupFiles(_ store: String) -> [String] {
        let local = store + "/local"
        let machines = (try? FileManager.default.contentsOfDirectory(atPath: local)) ?? []
        return machines.map { local + "/" + $0 + "/catalog-lookup" }.filter { FileManager.default.fileExists(atPath: $0) }
    }

    @Test func listPrintsTheSameWithAndWithoutTheLookup() throws {
        let folder = try PageFolder(count: 120)
        let paragraphs = [
            "Ferry crews in Porto Vale voted on Sunday to accept the pay deal the harbour board offered after six weeks of talks.",
            "The deal gives deckhands and engineers a rise of seven percent over two years and one more day of leave.",
            "Union leaders said the vote was close but that members wanted the winter timetable to run without strikes.",
        ]
        for (name, headline, time, extra) in [
            ("first.txt", "Ferry crews accept harbour pay deal", "09:00 AM", [String]()),
            ("lead.txt", "(LEAD) Ferry crews accept harbour pay deal", "11:00 AM", ["Passengers can claim refunds until March."]),
        ] {
            let text =
                "\(headline)\n\nby PTI | Sun, Feb 08, 2026, \(time)\n\nPorto Vale, Feb 8 (PTI) "
                + (paragraphs + extra).joined(separator: "\n\n") + "\n\n--PTI\n"
            try text.write(toFile: folder.pages + "/" + name, atomically: true, encoding: .utf8)
        }
        #expect(try CommandRunner.run(["import", "--store", folder.store, folder.pages]).status == 0)
        let first = try CommandRunner.run(["list", "--store", folder.store, "--limit", "1"]).stdout.prefix(16)
        #expect(try CommandRunner.run(["mark", "--store", folder.store, "read", String(first)]).status == 0)

        let variants = [
            ["--limit", "20"], ["--json", "--versions", "all"], ["--unread", "--limit", "7"], ["--since", "2026-02-20"],
            ["--agency", "pti", "--limit", "0"], [],
        ]
        let lookups = lookupFiles(folder.store)
        #expect(lookups.count == 1, "import wrote the catalog's lookup")
        let fromFront = try variants.map { try CommandRunner.run(["list", "--store", folder.store] + $0) }
        #expect(fromFront.allSatisfy { $0.status == 0 && $0.stderr.isEmpty })
        #expect(fromFront[0].stdout.split(separator: "\n").count == 20)
        #expect(fromFront[5].stdout.contains("(LEAD) Ferry crews accept harbour pay deal  (2 versions)"))
        #expect(!fromFront[2].stdout.contains(first))

        // Each list without a lookup writes it again, so it goes before each one.
        let walked = try variants.map { arguments in
            for lookup in lookupFiles(folder.store) { try FileManager.default.removeItem(atPath: lookup) }
            return try CommandRunner.run(["list", "--store", folder.store] + arguments)
        }
        for (index, arguments) in variants.enumerated() {
            #expect(walked[index].stdout == fromFront[index].stdout, "list \(arguments.joined(separator: " "))")
        }
        #expect(lookupFiles(folder.store).count == 1, "the first list wrote the lookup again")
    }

    @Test func searchAnswersTheSameWithAndWithoutTheLookup() throws {
        let folder = try PageFolder(count: 150)
        #expect(try CommandRunner.run(["import", "--store", folder.store, folder.pages]).status == 0)
        let queries = [
            ["harbour", "--limit", "5"], ["number 42"], ["\"item 7\"", "--sort", "newest", "--json"], ["after:2026-02-20", "winter", "--limit", "50"],
            ["nothing-matches-this"],
        ]
        let fromFront = try queries.map { try CommandRunner.run(["search", "--store", folder.store] + $0) }
        #expect(fromFront.map(\.status) == [0, 0, 0, 0, 1])
        #expect(fromFront.allSatisfy { !$0.stderr.contains("note:") }, "the index was current")
        #expect(fromFront[0].stdout.split(separator: "\n").count == 10, "five results of two lines each")
        let walked = try queries.map { arguments in
            for lookup in lookupFiles(folder.store) { try FileManager.default.removeItem(atPath: lookup) }
            return try CommandRunner.run(["search", "--store", folder.store] + arguments)
        }
        for (index, arguments) in queries.enumerated() {
            #expect(walked[index].stdout == fromFront[index].stdout, "search \(arguments.joined(separator: " "))")
            #expect(walked[index].status == fromFront[index].status)
        }
    }
}
