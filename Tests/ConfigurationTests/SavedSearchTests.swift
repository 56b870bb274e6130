import Configuration
import Foundation
import ReaderModel
import Testing

@Suite struct SavedSearchTests {
    @Test func savedSearchesAreReadInTheFilesOrderAndBadQueriesNamedByLine() {
        let text = """
            sort = "newest"

            [searches]
            "Seoul weather" = "place:Seoul (snow OR ice)"
            unread-ians = "agency:IANS is:unread"
            broken = "harbour (ferry"
            """
        let (settings, problems) = ConfigFile.parse(text, file: "config.toml")
        #expect(
            settings.searches == [
                SavedSearch(name: "Seoul weather", query: "place:Seoul (snow OR ice)"), SavedSearch(name: "unread-ians", query: "agency:IANS is:unread"),
            ])
        #expect(problems.map(\.line) == [6])
        #expect(problems.first?.message == "the search “broken” cannot be read: at 9: this parenthesis is not closed")
    }

    @Test func pipeAndClipboardAreRead() {
        let (settings, problems) = ConfigFile.parse("pipe = \"lynx -stdin\"\nclipboard = true\n", file: "config.toml")
        #expect(problems.isEmpty)
        #expect(settings.handoff == HandoffPreferences(pipeCommand: "lynx -stdin", clipboard: true))
        let (_, bad) = ConfigFile.parse("clipboard = \"yes\"\npipe = 3\n", file: "config.toml")
        #expect(bad.map(\.line) == [1, 2])
    }

    @Test func savingASearchAddsOneLineAndKeepsTheRestOfTheFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("byline-config-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("config.toml").path
        // No file yet: one is made with the table.
        try SavedSearchWriter.add(SavedSearch(name: "ferry", query: "ferry"), toFileAt: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "[searches]\n\"ferry\" = \"ferry\"\n")
        let original = "# my settings\ntheme = \"light\"\n\n[keys]\nstar = \"x\"\n"
        try original.write(toFile: path, atomically: true, encoding: .utf8)
        let tricky = SavedSearch(name: "the \"quoted\" one", query: "headline:\"new year\" -\\")
        try SavedSearchWriter.add(tricky, toFileAt: path)
        try SavedSearchWriter.add(SavedSearch(name: "second", query: "is:starred"), toFileAt: path)
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written.hasPrefix(original), "what was there is kept byte for byte")
        let (settings, problems) = ConfigFile.parse(written, file: path)
        #expect(problems.isEmpty)
        #expect(settings.theme == .light)
        #expect(Set(settings.searches) == [tricky, SavedSearch(name: "second", query: "is:starred")])
    }

    @Test func aSaveThatWouldBreakTheFileIsRefused() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("byline-config-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("config.toml").path
        // `searches` already set to something that is not a table.
        let original = "searches = 3\n"
        try original.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: SavedSearchWriter.Failure.self) { try SavedSearchWriter.add(SavedSearch(name: "a", query: "a"), toFileAt: path) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == original)
    }
}
