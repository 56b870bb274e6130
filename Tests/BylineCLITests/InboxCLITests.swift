import Foundation
import StoryKit
import StoryStore
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Inbox folders as a person uses them: pages saved into a folder while the reader or
/// `byline watch` runs, including pages written slowly and browser downloads.
@Suite(.serialized) struct InboxCLITests {
    /// A wire page dated after every fixture, so it heads the newest-first list; its text
    /// names its headline, so pages of different headlines are not versions of one story.
    private func page(_ headline: String, minute: Int) -> String {
        """
        \(headline)

        by PTI | Mon, Feb 09, 2026, 10:\(String(format: "%02d", minute)) AM

        Porto Vale, Feb 9 (PTI) \(headline): the harbour authority told reporters so on Monday, in minute \(minute) of its meeting.

        The last paragraph of the story says who paid for it.

        --PTI

        """
    }

    /// The reading pane's lines: what is right of the list's border.
    private func readingPane(_ screen: String) -> [String] {
        screen.split(separator: "\n").dropFirst().compactMap { line in line.firstIndex(of: "│").map { String(line[line.index(after: $0)...]) } }
    }

    private func occurrences(of text: String, in screen: String) -> Int {
        screen.components(separatedBy: text).count - 1
    }

    @Test func pagesSavedWhileTheReaderRunsAppearOnceWholeAndTheOpenStoryStays() throws {
        let folder = try PageFolder(count: 0)
        _ = try CommandRunner.run(["import", "--store", folder.store, "fixtures/pages"])
        let inbox = folder.root + "/Downloads/news"
        let config = folder.root + "/config.toml"
        try "inbox = [\"\(inbox)\"]\n".write(toFile: config, atomically: true, encoding: .utf8)
        let terminal = try TmuxSession(
            "'\(CommandRunner.executable.path)' --store '\(folder.store)' --config '\(config)'", width: 120, height: 40,
            environment: ["HOME": folder.root])
        try terminal.waitFor("Han River bridge lights")
        // Open the third story; it must stay open and selected whatever arrives.
        try terminal.send("j", "j")
        let before = try terminal.waitFor("Ines Albrecht | AFP · Lindmark")

        // A page written whole.
        try page("Harbour cranes back at work", minute: 1).write(toFile: inbox + "/cranes.txt", atomically: false, encoding: .utf8)
        var screen = try terminal.waitFor("1 new story from ~/Downloads/news")
        #expect(occurrences(of: "Harbour cranes back at work", in: screen) == 1)

        // A page written slowly in pieces, its writer holding it open: nothing until it is closed.
        let slowPath = inbox + "/slow.txt"
        #expect(FileManager.default.createFile(atPath: slowPath, contents: nil))
        let writer = try FileHandle(forWritingTo: URL(fileURLWithPath: slowPath))
        let text = Array(page("Slow ferry page comes whole", minute: 2).utf8)
        for start in stride(from: 0, to: text.count, by: 60) {
            try writer.write(contentsOf: text[start..<min(start + 60, text.count)])
            usleep(400_000)
        }
        screen = try terminal.screen()
        #expect(!screen.contains("Slow ferry page"))
        try writer.close()
        screen = try terminal.waitFor("Slow ferry page comes whole")

        // A browser download: content in NAME.part, then renamed.
        let part = inbox + "/download.txt.part"
        try page("New harbour master named", minute: 3).write(toFile: part, atomically: false, encoding: .utf8)
        usleep(1_500_000)
        #expect(!(try terminal.screen()).contains("harbour master"))
        try FileManager.default.moveItem(atPath: part, toPath: inbox + "/download.txt")
        screen = try terminal.waitFor("New harbour master named")

        for headline in ["Harbour cranes back at work", "Slow ferry page comes whole", "New harbour master named"] {
            #expect(occurrences(of: headline, in: screen) == 1, "\(headline) on screen:\n\(screen)")
        }
        // Under the title, the arrivals' day line and then the three of them.
        let firstRows = screen.split(separator: "\n").dropFirst().prefix(4).joined(separator: "\n")
        #expect(firstRows.contains("New harbour master") && firstRows.contains("Slow ferry page") && firstRows.contains("Harbour cranes"))
        // The story shown beside the list is the one selected before anything arrived.
        #expect(readingPane(before).prefix(6) == readingPane(screen).prefix(6))
        #expect(!readingPane(screen).joined().isEmpty)
        try terminal.send("q")

        // In the store: each page once, whole; the inbox log has one record a page.
        let store = try StoryStore.open(at: folder.store, machine: "test")
        #expect(store.catalog.count == 56 + 3)
        let slow = try #require(store.catalog.entries.first { store.catalog.headline($0) == "Slow ferry page comes whole" })
        #expect(try store.story(slow.id).story.body.last == "The last paragraph of the story says who paid for it.")
        let history = try #require(
            try? String(contentsOfFile: folder.store + "/inbox/\(MachineName.current(environment: ProcessInfo.processInfo.environment)).log", encoding: .utf8))
        #expect(history.split(separator: "\n").count == 3)
    }

    @Test func killingTheWatchMidImportLosesNothingItReported() throws {
        let folder = try PageFolder(count: 900)
        let inbox = folder.root + "/inbox"
        try FileManager.default.createDirectory(atPath: inbox, withIntermediateDirectories: true)
        var random = SystemRandomNumberGenerator()
        var checked = 0
        var killedMidway = 0
        let log = folder.store + "/inbox/" + MachineName.current(environment: ProcessInfo.processInfo.environment) + ".log"
        for round in 0..<4 {
            let output = folder.root + "/watch-\(round).out"
            let watch = try CommandRunner.start(["watch", "--store", folder.store, inbox], output: output)
            if round == 0 {
                // Pages arrive while it watches, as a browser's renames do.
                usleep(500_000)
                for index in 0..<900 {
                    try FileManager.default.moveItem(atPath: folder.path(index), toPath: inbox + "/" + (folder.path(index) as NSString).lastPathComponent)
                }
            }
            let reportsBeforeKill = Int.random(in: 1...300, using: &random)
            let deadline = Date().addingTimeInterval(30)
            while watch.isRunning, Date() < deadline, ((try? reportedStories(in: output))?.count ?? 0) < reportsBeforeKill { usleep(2_000) }
            usleep(UInt32.random(in: 0...30_000, using: &random))
            kill(watch.processIdentifier, SIGKILL)
            watch.waitUntilExit()
            if ((try? String(contentsOfFile: log, encoding: .utf8))?.split(separator: "\n").count ?? 0) < 900 { killedMidway += 1 }
            let store = try StoryStore.open(at: folder.store, machine: "test")
            for (id, file) in try reportedStories(in: output) {
                let parsed = try WirePageParser.parse(Array(try Data(contentsOf: URL(fileURLWithPath: file))))
                #expect(try store.story(id).story == parsed.story, "round \(round): \(file)")
                checked += 1
            }
        }
        #expect(checked > 0 && killedMidway > 0, "no kill came between reports and the end; the test proved nothing")
        // Watching again finishes the folder, and ending it with Ctrl-C ends it cleanly.
        let output = folder.root + "/watch-last.out"
        let watch = try CommandRunner.start(["watch", "--store", folder.store, inbox], output: output)
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, (try StoryStore.open(at: folder.store, machine: "test")).catalog.count < 900 { usleep(50_000) }
        usleep(300_000)
        kill(watch.processIdentifier, SIGINT)
        watch.waitUntilExit()
        #expect(watch.terminationStatus == 0)
        let store = try StoryStore.open(at: folder.store, machine: "test")
        #expect(store.catalog.count == 900)
        #expect(store.check(repair: false).isClean)
        let check = try CommandRunner.run(["check", "--store", folder.store])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    }

    @Test func checkListsThePagesTheInboxCouldNotImport() throws {
        let folder = try PageFolder(count: 0)
        let inbox = folder.root + "/inbox"
        try FileManager.default.createDirectory(atPath: inbox, withIntermediateDirectories: true)
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]).write(to: URL(fileURLWithPath: inbox + "/picture.html"))
        try page("A good page beside it", minute: 5).write(toFile: inbox + "/good.txt", atomically: false, encoding: .utf8)
        let output = folder.root + "/watch.out"
        let watch = try CommandRunner.start(["watch", "--store", folder.store, inbox], output: output)
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline,
            !((try? String(
                contentsOfFile: folder.store + "/inbox/" + MachineName.current(environment: ProcessInfo.processInfo.environment) + ".log", encoding: .utf8))?
                .split(separator: "\n").count == 2)
        {
            usleep(50_000)
        }
        kill(watch.processIdentifier, SIGTERM)
        watch.waitUntilExit()
        let check = try CommandRunner.run(["check", "--store", folder.store])
        #expect(check.status == 0)
        #expect(check.stdout.contains("not imported from the inbox: \(inbox)/picture.html: not a text file (PNG image)"), "\(check.stdout)")
        #expect(!check.stdout.contains("good.txt"))
        #expect(FileManager.default.fileExists(atPath: inbox + "/picture.html"))
    }

    @Test func watchWithoutFoldersSaysWhatItNeeds() throws {
        let folder = try PageFolder(count: 0)
        let config = folder.root + "/config.toml"
        try "".write(toFile: config, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["watch", "--store", folder.store, "--config", config])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no inbox folders"))
    }
}
