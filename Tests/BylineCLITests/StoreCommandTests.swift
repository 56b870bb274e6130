import Foundation
import Testing

/// The store commands from the command line, on the bundled fixtures.
@Suite struct StoreCommandTests {
    private func importedStore() throws -> (PageFolder, String) {
        let folder = try PageFolder(count: 0)
        let output = try CommandRunner.run(["import", "--store", folder.store, "fixtures/pages"])
        #expect(output.status == 1)
        #expect(output.stdout == "56 new, 0 updated, 0 unchanged, 5 failed\n")
        #expect(output.stderr.split(separator: "\n").count == 5)
        #expect(output.stderr.contains("byline: fixtures/pages/hostile-empty.txt: empty file\n"))
        return (folder, folder.store)
    }

    @Test func listShowsNewestFirstAndFilters() throws {
        let (folder, store) = try importedStore()
        let list = try CommandRunner.run(["list", "--store", store, "--limit", "2"])
        #expect(list.status == 0)
        let lines = list.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0].contains("2026-01-04") && lines[0].contains("Han River bridge lights to stay on through January"))
        let agency = try CommandRunner.run(["list", "--store", store, "--agency", "yonhap", "--since", "2026-01-03", "--json"])
        let objects = agency.stdout.split(separator: "\n")
        #expect(objects.count == 3)
        #expect(objects.allSatisfy { $0.contains(#""agency":"Yonhap""#) })
        let search = try CommandRunner.run(["list", "--store", store, "--search", "glassblowers"])
        #expect(search.stdout.contains("Lindmark glassworks takes on its first ten apprentices"))
        #expect(search.stdout.split(separator: "\n").count == 1)
        // Like the reader's search: every word, in any order and any case.
        let words = try CommandRunner.run(["list", "--store", store, "--search", "APPRENTICES lindmark"])
        #expect(words.stdout.contains("Lindmark glassworks takes on its first ten apprentices"))
        #expect(try CommandRunner.run(["list", "--store", store, "--search", "lindmark apprentices"]).stdout == words.stdout)
        let missing = try CommandRunner.run(["list", "--store", store, "--search", "apprentices ferry-quokka"])
        #expect(missing.stdout.isEmpty)
        withExtendedLifetime(folder) {}
    }

    @Test func theStoreOptionsMayComeBeforeTheCommand() throws {
        let (folder, store) = try importedStore()
        let after = try CommandRunner.run(["list", "--store", store, "--limit", "3"])
        for arguments in [["--store", store, "list", "--limit", "3"], ["--store=\(store)", "list", "--limit", "3"]] {
            let before = try CommandRunner.run(arguments)
            #expect(before.status == 0, "\(arguments): \(before.stderr)")
            #expect(before.stdout == after.stdout, "\(arguments)")
        }
        // Without a command name after them, the options stay with the reader (`byline --store S`).
        let reader = try CommandRunner.run(["--store", store, "--limit", "3"])
        #expect(reader.status == 64 && reader.stderr.contains("Usage: byline read"))
        withExtendedLifetime(folder) {}
    }

    @Test func showMarksLinksInAndOutOfTheStore() throws {
        let (folder, store) = try importedStore()
        let id = try CommandRunner.run(["list", "--store", store, "--search", "New year celebrations light up the capital"]).stdout.prefix(16)
        let show = try CommandRunner.run(["show", "--store", store, String(id.prefix(8)), "--width", "200"])
        #expect(show.status == 0)
        #expect(show.stdout.hasPrefix("New year celebrations light up the capital\nIANS · New Delhi · 2025-12-31\n"))
        #expect(show.stdout.contains("1. Fireworks over the river draw record crowd — 2026-01-01 00:40 ["))
        #expect(show.stdout.contains("Listed in\n- "))
        #expect(show.stdout.contains("\n- Porto Vale swimmers brave icy harbour for new year dip ["))
        let missing = try CommandRunner.run(["show", "--store", store, "ffff"])
        #expect(missing.status == 1)
        #expect(missing.stderr.hasPrefix("byline: no story with an id starting ffff"))
        withExtendedLifetime(folder) {}
    }

    @Test func marksSurviveAndFilterTheList() throws {
        let (folder, store) = try importedStore()
        let ids = try CommandRunner.run(["list", "--store", store, "--limit", "3"]).stdout.split(separator: "\n").map { String($0.prefix(16)) }
        #expect(try CommandRunner.run(["mark", "--store", store, "read", ids[0], ids[1]]).status == 0)
        #expect(try CommandRunner.run(["mark", "--store", store, "star", ids[2]]).status == 0)
        let unread = try CommandRunner.run(["list", "--store", store, "--unread"]).stdout
        #expect(!unread.contains(ids[0]) && !unread.contains(ids[1]) && unread.contains(ids[2]))
        #expect(try CommandRunner.run(["list", "--store", store, "--starred"]).stdout.hasPrefix(ids[2]))
        withExtendedLifetime(folder) {}
    }

    @Test func aDeletedCatalogIsBuiltAgainByTheNextCommand() throws {
        let (folder, store) = try importedStore()
        let listed = try CommandRunner.run(["list", "--store", store]).stdout
        // Each machine's catalog is derived data of its own, under local/.
        try FileManager.default.removeItem(atPath: store + "/local")
        let list = try CommandRunner.run(["list", "--store", store])
        #expect(list.stdout == listed)
        #expect(list.stderr.contains("this machine has no catalog of the store yet; it was rebuilt from the story files"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: store + "/local").count == 1)
        let check = try CommandRunner.run(["check", "--store", store])
        #expect(check.status == 0)
        #expect(check.stdout.hasSuffix(": ok\n"))
        withExtendedLifetime(folder) {}
    }

    @Test func aMissingStoreGivesOneClearLine() throws {
        let output = try CommandRunner.run(["list", "--store", "/nonexistent/byline"])
        #expect(output.status == 1)
        #expect(output.stderr == "byline: no store at /nonexistent/byline yet: import pages with `byline import PATH` to create it\n")
    }
}
