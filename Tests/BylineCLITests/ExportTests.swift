import Foundation
import StoryKit
import StoryStore
import Testing

@Suite struct ExportTests {
    @Test func aJSONExportImportsBackWithoutLoss() throws {
        let folder = try PageFolder(count: 0)
        let first = folder.root + "/first", second = folder.root + "/second", export = folder.root + "/archive.jsonl"
        _ = try CommandRunner.run(["import", "--store", first, "fixtures/pages"])
        let original = try StoryStore.open(at: first, machine: "laptop")
        let ids = original.catalog.entries.map(\.id)
        try original.record([
            StateChange(id: ids[0], kind: .read), StateChange(id: ids[1], kind: .star),
            StateChange(id: ids[2], kind: .position(7)), StateChange(id: ids[2], kind: .read),
        ])

        let exported = try CommandRunner.run(["export", "--store", first, "--output", export])
        #expect(exported.status == 0, "\(exported.stderr)")
        let imported = try CommandRunner.run(["import", "--store", second, export])
        #expect(imported.stdout == "56 new, 0 updated, 0 unchanged, 0 failed\n")

        let copy = try StoryStore.open(at: second, machine: "desk")
        #expect(copy.catalog.count == 56)
        let before = original.readingState(), after = copy.readingState()
        for id in ids {
            #expect(try copy.story(id) == original.story(id), "story \(id) changed on the way")
            #expect(after[id] == before[id], "state of \(id) changed on the way")
        }
        let again = try CommandRunner.run(["import", "--store", second, export])
        #expect(again.stdout == "0 new, 0 updated, 56 unchanged, 0 failed\n")
    }

    @Test func textAndMarkdownAreForReading() throws {
        let folder = try PageFolder(count: 0)
        _ = try CommandRunner.run(["import", "--store", folder.store, "fixtures/pages"])
        let markdown = try CommandRunner.run(["export", "--store", folder.store, "--format", "markdown", "--since", "2026-01-04"])
        #expect(markdown.status == 0)
        #expect(markdown.stdout.hasPrefix("# Han River bridge lights to stay on through January\n\n*IANS · Seoul · 2026-01-04*\n"))
        #expect(markdown.stdout.contains("- Central bank keeps rates unchanged for third meeting (2026-01-04 22:20) — not in the store"))
        #expect(!markdown.stdout.contains("# New year celebrations"), "--since leaves older stories out")
        let text = try CommandRunner.run(["export", "--store", folder.store, "--format", "text", "1861"])
        #expect(text.stdout.hasPrefix("Han River bridge lights to stay on through January\nIANS · Seoul · 2026-01-04\n"))
    }
}
