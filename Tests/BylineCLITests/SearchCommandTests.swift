import Foundation
import Testing

/// `byline search` and `byline index` on the bundled fixtures, as a person runs them.
@Suite struct SearchCommandTests {
    /// A store of the fixtures, with its index in a cache folder inside the same
    /// temporary folder, so both go when the test ends.
    private func importedStore() throws -> (folder: PageFolder, cache: String) {
        let folder = try PageFolder(count: 0)
        let cache = folder.root + "/cache"
        let output = try CommandRunner.run(["import", "--store", folder.store, "fixtures/pages"], environment: ["XDG_CACHE_HOME": cache])
        #expect(output.status == 1, "five hostile fixtures fail; the rest are stored")
        #expect(!output.stderr.contains("note:"), "the import builds the index without a problem")
        return (folder, cache)
    }

    @Test func searchRanksMarksTheWordsAndSaysByItsStatusWhetherAnythingMatched() throws {
        let (folder, cache) = try importedStore()
        let environment = ["XDG_CACHE_HOME": cache]
        let found = try CommandRunner.run(["search", "--store", folder.store, "ferry"], environment: environment)
        #expect(found.status == 0)
        let lines = found.stdout.split(separator: "\n")
        #expect(lines.count == 12, "six stories, each with a snippet line")
        let last = try #require(lines.firstIndex { $0.hasSuffix("Last ferry of the year leaves on time") })
        #expect(last <= 2, "headline matches rank first")
        #expect(lines[last + 1] == "    The last **ferry** of the year left Busan on time on Wednesday night.")
        #expect(!found.stdout.contains("Fireworks over the river"), "a story that only lists a ferry story in its latest news is not a match")
        #expect(found.stderr.isEmpty)

        let json = try CommandRunner.run(
            ["search", "--store", folder.store, "--json", "--sort", "newest", "--limit", "2", "ferry OR glassworks"], environment: environment)
        let objects = json.stdout.split(separator: "\n").map { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(objects.count == 2)
        #expect(objects.compactMap { $0?["date"] as? String } == ["2026-01-04", "2026-01-02"])
        #expect((objects.first??["snippet"] as? String)?.contains("**glassworks**") == true)

        let none = try CommandRunner.run(["search", "--store", folder.store, "quokka"], environment: environment)
        #expect(none.status == 1 && none.stdout.isEmpty && none.stderr.isEmpty, "no match is not an error, as with grep")
        let bad = try CommandRunner.run(["search", "--store", folder.store, "harbour (ferry"], environment: environment)
        #expect(bad.status == 2)
        #expect(bad.stderr == "byline: search: at 9: this parenthesis is not closed\n")
        withExtendedLifetime(folder) {}
    }

    @Test func theIndexLivesInTheCacheNotInTheSyncedStore() throws {
        let (folder, cache) = try importedStore()
        let environment = ["XDG_CACHE_HOME": cache]
        let path = try CommandRunner.run(["index", "--store", folder.store, "--path"], environment: environment).stdout.trimmingCharacters(in: .newlines)
        #expect(path.hasPrefix(cache + "/byline/index/"))
        #expect(FileManager.default.fileExists(atPath: path))
        let inStore = FileManager.default.enumerator(atPath: folder.store)!.compactMap { $0 as? String }
        #expect(!inStore.contains { $0.hasSuffix("sqlite") || $0.contains("index") }, "nothing a syncer could damage")
        let again = try CommandRunner.run(["index", "--store", folder.store], environment: environment)
        #expect(again.stdout.hasPrefix("updated: 0 indexed, 0 removed, 56 stories"))
        let rebuilt = try CommandRunner.run(["index", "--store", folder.store, "--rebuild"], environment: environment)
        #expect(rebuilt.stdout.hasPrefix("built: 56 indexed"))
        withExtendedLifetime(folder) {}
    }

    @Test(arguments: ["deleted", "garbage", "truncated"])
    func aMissingOrDamagedIndexNeverStopsASearch(damage: String) throws {
        let (folder, cache) = try importedStore()
        let environment = ["XDG_CACHE_HOME": cache]
        let expected = try CommandRunner.run(["search", "--store", folder.store, "--sort", "newest", "glassworks"], environment: environment).stdout
        let path = try CommandRunner.run(["index", "--store", folder.store, "--path"], environment: environment).stdout.trimmingCharacters(in: .newlines)
        let storyFiles = try storeSnapshot(folder.store)
        switch damage {
        case "deleted": try FileManager.default.removeItem(atPath: path)
        case "garbage": try Data(repeating: 0x5A, count: 40_000).write(to: URL(fileURLWithPath: path))
        default:
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
            try handle.truncate(atOffset: 8_192)
            try handle.close()
        }
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        let searched = try CommandRunner.run(["search", "--store", folder.store, "--sort", "newest", "glassworks"], environment: environment)
        #expect(searched.status == 0)
        #expect(searched.stdout == expected, "the same answer, from an index built again")
        #expect(try storeSnapshot(folder.store) == storyFiles, "the index never changes the store")
        let check = try CommandRunner.run(["check", "--store", folder.store], environment: environment)
        #expect(check.stdout.contains("search index: 56 stories, up to date"))
        withExtendedLifetime(folder) {}
    }

    @Test func listSearchSpeaksTheSameLanguage() throws {
        let (folder, cache) = try importedStore()
        let environment = ["XDG_CACHE_HOME": cache]
        let list = try CommandRunner.run(["list", "--store", folder.store, "--search", "headline:glassworks -apprentices"], environment: environment)
        #expect(list.status == 0)
        // Three glassworks headlines; the furnace story's text speaks of apprentices too.
        #expect(list.stdout.split(separator: "\n").count == 1)
        #expect(list.stdout.contains("Lindmark glassworks sells out its first batch of lamps"))
        let bad = try CommandRunner.run(["list", "--store", folder.store, "--search", "\"open"], environment: environment)
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("--search: at 1: this quote is not closed"))
        withExtendedLifetime(folder) {}
    }

    /// Every file of the store with its size and bytes' hash.
    private func storeSnapshot(_ store: String) throws -> [String: Int] {
        var files: [String: Int] = [:]
        for case let name as String in FileManager.default.enumerator(atPath: store)! {
            let path = store + "/" + name
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue, name != "lock" else { continue }
            files[name] = try Data(contentsOf: URL(fileURLWithPath: path)).hashValue
        }
        return files
    }
}
