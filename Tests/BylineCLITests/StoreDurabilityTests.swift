import Foundation
import StoryKit
import StoryStore
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Crash and concurrency behaviour of a real `byline import` process.
@Suite(.serialized) struct StoreDurabilityTests {
    @Test func killingImportsAtRandomMomentsLosesNothingReported() throws {
        let folder = try PageFolder(count: 1500)
        var random = SystemRandomNumberGenerator()
        var checked = 0
        for round in 0..<50 {
            let output = folder.root + "/round-\(round).out"
            let process = try CommandRunner.start(["import", "--verbose", "--batch-size", "64", "--store", folder.store, folder.pages], output: output)
            // Kill after a random number of reported pages (or none), at a random moment after that.
            let reportsBeforeKill = Int.random(in: 0...80, using: &random) * (round % 5 == 4 ? 10 : 1)
            while process.isRunning, ((try? String(contentsOfFile: output, encoding: .utf8))?.split(separator: "\n").count ?? 0) < reportsBeforeKill {
                usleep(2_000)
            }
            usleep(UInt32.random(in: 0...40_000, using: &random))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()

            let reports = try reportedStories(in: output)
            // A kill before the store's format file was written leaves no store yet, and nothing may be reported.
            guard FileManager.default.fileExists(atPath: folder.store + "/format") else {
                #expect(reports.isEmpty, "round \(round): pages were reported but the store was never completed")
                continue
            }
            let store = try StoryStore.open(at: folder.store, machine: "test")
            // The killed import's own scratch folder, named by the machine it ran as.
            let importerIntent = StoreLayout(root: folder.store, machine: MachineName.current(environment: ProcessInfo.processInfo.environment)).intentFile
            for (id, file) in reports {
                let parsed = try WirePageParser.parse(Array(try Data(contentsOf: URL(fileURLWithPath: file))))
                let stored = try store.story(id)
                #expect(stored.story == parsed.story, "round \(round): \(file)")
                #expect(
                    store.catalog.contains(id) || FileManager.default.fileExists(atPath: importerIntent), "round \(round): \(id) not listed")
                checked += 1
            }
        }
        // Finishing the import gives the whole corpus, and the store checks out.
        let finish = try CommandRunner.run(["import", "--store", folder.store, folder.pages])
        #expect(finish.status == 0, "\(finish.stderr)")
        let store = try StoryStore.open(at: folder.store, machine: "test")
        #expect(store.catalog.count == 1500)
        let repair = store.check(repair: true)
        #expect(repair.unrepaired.isEmpty, "\(repair.unrepaired)")
        #expect(store.check(repair: false).isClean)
        #expect(checked > 0, "no round was killed after a batch was reported; the test proved nothing")
    }

    @Test func killingTheIndexerAtRandomMomentsNeverChangesAnAnswer() throws {
        let folder = try PageFolder(count: 3000)
        let cache = folder.root + "/cache"
        let environment = ["XDG_CACHE_HOME": cache]
        _ = try CommandRunner.run(["import", "--store", folder.store, folder.pages], environment: environment)
        let queries = ["harbour", "\"number 2999\"", "numb* -winter", "agency:PTI date:2026-02-03"]
        let expected = try queries.map {
            try CommandRunner.run(["search", "--store", folder.store, "--sort", "newest", "--limit", "50", $0], environment: environment).stdout
        }
        let storyFiles = try FileManager.default.subpathsOfDirectory(atPath: folder.store + "/stories").sorted()
        var random = SystemRandomNumberGenerator()
        for round in 0..<8 {
            let process = try CommandRunner.start(
                ["index", "--store", folder.store, "--rebuild"], output: folder.root + "/index-\(round).out", environment: environment)
            usleep(UInt32.random(in: 20_000...400_000, using: &random))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            // Whatever the kill left, the next search repairs the index or answers by a scan, and the answer is the same.
            for (query, answer) in zip(queries, expected) {
                let searched = try CommandRunner.run(["search", "--store", folder.store, "--sort", "newest", "--limit", "50", query], environment: environment)
                #expect(searched.stdout == answer, "round \(round): \(query)")
            }
        }
        let check = try CommandRunner.run(["check", "--store", folder.store], environment: environment)
        #expect(check.stdout.contains("search index: 3000 stories, up to date"), "\(check.stdout)")
        #expect(try FileManager.default.subpathsOfDirectory(atPath: folder.store + "/stories").sorted() == storyFiles, "the index never touches the store")
    }

    @Test func killingTheReaderWhileItRecordsStateLeavesEveryLogReadable() throws {
        let folder = try PageFolder(count: 0)
        _ = try CommandRunner.run(["import", "--store", folder.store, "fixtures/pages"])
        var random = SystemRandomNumberGenerator()
        for round in 0..<10 {
            let terminal = try TmuxSession("'\(CommandRunner.executable.path)' --store '\(folder.store)'", width: 100, height: 30)
            try terminal.waitFor("56 stories")
            try terminal.sendKeys(
                (0..<Int.random(in: 5...60, using: &random)).map { _ in ["s", "m", "j", "Enter", "BSpace", "NPage", "A", "u"].randomElement(using: &random)! })
            usleep(UInt32.random(in: 0...200_000, using: &random))
            let pid = try terminal.value("#{pane_pid}")
            kill(pid_t(pid)!, SIGKILL)
            let store = try StoryStore.open(at: folder.store, machine: "check")
            _ = store.readingState()
            #expect(store.check(repair: false).isClean, "round \(round)")
        }
        let list = try CommandRunner.run(["list", "--store", folder.store, "--json"])
        #expect(list.status == 0)
        #expect(list.stdout.split(separator: "\n").count == 56)
    }

    @Test func twoImportersAtOnceBothFinishAndLoseNothing() throws {
        let folder = try PageFolder(count: 1200)
        let firstHalf = folder.root + "/first", secondHalf = folder.root + "/second"
        try FileManager.default.createDirectory(atPath: firstHalf, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: secondHalf, withIntermediateDirectories: true)
        for index in 0..<1200 {
            // The halves overlap by 200 pages, which both importers store.
            if index < 700 { try FileManager.default.copyItem(atPath: folder.path(index), toPath: firstHalf + "/\(index).txt") }
            if index >= 500 { try FileManager.default.copyItem(atPath: folder.path(index), toPath: secondHalf + "/\(index).txt") }
        }
        let one = try CommandRunner.start(["import", "--store", folder.store, firstHalf], output: folder.root + "/one.out")
        let two = try CommandRunner.start(["import", "--store", folder.store, secondHalf], output: folder.root + "/two.out")
        one.waitUntilExit()
        two.waitUntilExit()
        #expect(one.terminationStatus == 0)
        #expect(two.terminationStatus == 0)
        let store = try StoryStore.open(at: folder.store, machine: "test")
        #expect(store.catalog.count == 1200)
        #expect(store.check(repair: false).isClean)
    }

    @Test func aReaderKeepsWorkingWhileAnImportRuns() throws {
        let folder = try PageFolder(count: 1500)
        _ = try CommandRunner.run(["import", "--store", folder.store, folder.path(0)])
        let importer = try CommandRunner.start(["import", "--store", folder.store, folder.pages], output: folder.root + "/import.out")
        var loads = 0
        var lastCount = 0
        while importer.isRunning || loads == 0 {
            let store = try StoryStore.open(at: folder.store, machine: "reader")
            #expect(store.catalog.count >= lastCount)
            lastCount = store.catalog.count
            for entry in store.catalog.entries.suffix(5) { _ = try store.story(entry.id) }
            loads += 1
        }
        #expect(importer.terminationStatus == 0)
        #expect(try StoryStore.open(at: folder.store, machine: "reader").catalog.count == 1500)
        #expect(loads > 1)
    }
}
