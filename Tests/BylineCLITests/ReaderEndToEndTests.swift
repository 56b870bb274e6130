import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The built `byline` in a real terminal (tmux): keys in, the screen a person sees out.
@Suite(.serialized) struct ReaderEndToEndTests {
    /// A store with the fixtures imported, and the command that opens the reader on it.
    private func prepared() throws -> (PageFolder, String) {
        let folder = try PageFolder(count: 0)
        _ = try CommandRunner.run(["import", "--store", folder.store, "fixtures/pages"])
        return (folder, "'\(CommandRunner.executable.path)' --store '\(folder.store)'")
    }

    /// A child of `parent` running `name`, found in /proc (the reader started by the pane's shell).
    private func childProcess(of parent: pid_t, named name: String) -> pid_t? {
        let processes = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        for entry in processes {
            guard let pid = pid_t(entry), let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                let open = stat.firstIndex(of: "("), let close = stat.lastIndex(of: ")")
            else { continue }
            let command = stat[stat.index(after: open)..<close]
            let fields = stat[stat.index(close, offsetBy: 2)...].split(separator: " ")
            if command == name, fields.count > 1, pid_t(fields[1]) == parent { return pid }
        }
        return nil
    }

    /// A shell in tmux (prompt `prompt$ `) that has started `command`, with the reader's list on screen.
    private func shellRunningReader(_ command: String) throws -> TmuxSession {
        let terminal = try TmuxSession("sh", width: 80, height: 24, environment: ["PS1": "prompt$ "])
        try terminal.waitFor("prompt$")
        try terminal.type(command)
        try terminal.send("Enter")
        try terminal.waitFor("Han River bridge lights")
        return terminal
    }

    /// The list's first story row: below the title and the first day line.
    private func firstListRow(_ screen: String) -> String {
        String(screen.split(separator: "\n", omittingEmptySubsequences: false)[2])
    }

    @Test func opensNewestFirstReadsJumpsAndComesBack() throws {
        let (folder, byline) = try prepared()
        let terminal = try TmuxSession("\(byline)", width: 120, height: 40)
        let list = try terminal.waitFor("Han River bridge lights")
        #expect(list.split(separator: "\n")[1].hasPrefix("── Sunday 4 January 2026 ──"))
        #expect(firstListRow(list).contains(" 20:45 IANS    Han River bridge lights"))
        try terminal.send("Enter")
        let article = try terminal.waitFor("IANS · Seoul · 4 Jan 2026")
        #expect(article.contains("The lights on eleven Han River bridges will stay on through January"))
        #expect(article.contains("1. Central bank keeps rates unchanged for third meeting"))
        try terminal.send("2")
        let jumped = try terminal.waitFor("Ines Albrecht | AFP · Lindmark · 4 Jan 2026")
        #expect(jumped.contains("Lindmark glassworks takes on its first ten apprentices"))
        try terminal.send("BSpace")
        try terminal.waitFor("IANS · Seoul · 4 Jan 2026")
        try terminal.send("1")
        try terminal.waitFor("is not in the store; press f")
        withExtendedLifetime(folder) {}
    }

    /// `|` pipes the story to a command on its standard input; `y` copies its address with OSC 52.
    @Test func aStoryIsPipedToACommandAndItsAddressCopied() throws {
        let folder = try PageFolder(count: 0)
        _ = try CommandRunner.run(["import", "--store", folder.store, "fixtures/real/html/harbour-gazette-ferry.html"])
        let config = folder.root + "/config.toml"
        let output = folder.root + "/piped.txt"
        try "clipboard = true\npipe = \"cat > '\(output)'\"\n".write(toFile: config, atomically: true, encoding: .utf8)
        let terminal = try TmuxSession("'\(CommandRunner.executable.path)' --store '\(folder.store)' --config '\(config)'", width: 100, height: 30)
        try terminal.acceptClipboard()
        try terminal.waitFor("Night ferry to the outer islands")
        try terminal.send("|")
        try terminal.waitFor("pipe story text to (Tab: saved page): cat >")
        try terminal.send("Enter")
        try terminal.waitFor("press Enter to go back")
        try terminal.send("Enter")
        try terminal.waitFor("piped to")
        let piped = try String(contentsOfFile: output, encoding: .utf8)
        #expect(piped.hasPrefix("Night ferry to the outer islands begins service after decade-long wait\n"))
        #expect(piped.contains("The first night ferry in more than ten years left Porto Vale's east quay"))
        // Tab: the page as it was saved, byte for byte.
        try terminal.send("|")
        try terminal.send("Tab")
        try terminal.waitFor("pipe saved page to")
        try terminal.send("Enter")
        try terminal.waitFor("press Enter to go back")
        try terminal.send("Enter")
        try terminal.waitFor("piped to")
        let original = try Data(contentsOf: CommandRunner.packageRoot.appendingPathComponent("fixtures/real/html/harbour-gazette-ferry.html"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: output)) == original)
        try terminal.send("y")
        try terminal.waitFor("copied the address")
        #expect(try terminal.clipboard() == "https://harbourgazette.example/local/porto-vale/night-ferry-outer-islands-begins-service")
        withExtendedLifetime(folder) {}
    }

    /// A terminal that cannot move its cursor gets one line pointing to the commands, and a failure status.
    @Test func aDumbTerminalIsToldItCannotShowTheReader() throws {
        let (folder, byline) = try prepared()
        let terminal = try TmuxSession("sh", width: 120, height: 10, environment: ["PS1": "prompt$ ", "TERM": "dumb"])
        try terminal.waitFor("prompt$")
        try terminal.type("\(byline); echo status=$?")
        try terminal.send("Enter")
        // The typed command line holds "status=$?" too: wait for the line the shell prints.
        let screen = try terminal.waitFor("the exit status") { screen in
            screen.split(separator: "\n").contains { $0.hasPrefix("status=") && $0.dropFirst(7).first?.isNumber == true }
        }
        #expect(screen.contains("byline: this terminal (TERM=dumb) cannot move its cursor, so it cannot show the reader; use `byline list` and"))
        #expect(screen.contains("status=1"))
        withExtendedLifetime(folder) {}
    }

    /// Search in the query language, then save it as a view and come back to it from every story.
    @Test func aSearchIsRankedMarkedSavedAndShownAgainAsAView() throws {
        let (folder, byline) = try prepared()
        let config = folder.store + ".config.toml"
        try "theme = \"mono\"\n".write(toFile: config, atomically: true, encoding: .utf8)
        let terminal = try TmuxSession("\(byline) --config '\(config)'", width: 120, height: 40)
        try terminal.waitFor("Han River bridge lights")
        try terminal.send("/")
        try terminal.type("headline:glassworks -apprentices")
        try terminal.send("Enter")
        // Three glassworks headlines; the furnace story's text speaks of apprentices too.
        // A capture can fall between the title and the rows of one frame: wait for the whole frame.
        let found = try terminal.waitFor("the answer, with the reading pane following the list") { screen in
            screen.contains("“headline:glassworks -apprentices”: 1") && !screen.contains("takes on its first ten apprentices")
        }
        #expect(found.contains("best match"))
        #expect(found.contains("sells out its first batch of lamps"))
        try terminal.send("W")
        try terminal.waitFor("saved “headline:glassworks -apprentices” as a view")
        let saved = try String(contentsOfFile: config, encoding: .utf8)
        #expect(saved == "theme = \"mono\"\n\n[searches]\n\"headline:glassworks -apprentices\" = \"headline:glassworks -apprentices\"\n")
        // Every story again, then the saved view from the panel, with its counts.
        try terminal.send("Escape")
        try terminal.waitFor("Han River bridge lights")
        try terminal.send("V")
        try terminal.waitFor("the views with their counts") { $0.contains("1 unread / 1") && $0.contains("All stories") && $0.contains("56 unread / 56") }
        try terminal.send("j")
        try terminal.send("Enter")
        try terminal.waitFor("headline:glassworks -apprentices: headline:glassworks -apprentices”: 1")
        withExtendedLifetime(folder) {}
    }

    /// Issue 11: Tab to the latest-news list, then `j` and `↓` choose items there, and Enter opens the chosen one.
    @Test func tabThenJChoosesALatestNewsItemAndEnterOpensIt() throws {
        let (folder, byline) = try prepared()
        let terminal = try TmuxSession("\(byline)", width: 120, height: 40)
        try terminal.waitFor("Han River bridge lights")
        try terminal.send("Enter")
        try terminal.waitFor("IANS · Seoul · 4 Jan 2026")
        try terminal.send("Tab")
        try terminal.waitFor("↑↓ choose")
        try terminal.send("j")
        try terminal.send("Down")
        try terminal.send("k")
        try terminal.send("Enter")
        let jumped = try terminal.waitFor("Ines Albrecht | AFP · Lindmark · 4 Jan 2026")
        #expect(jumped.contains("Lindmark glassworks takes on its first ten apprentices"))
        withExtendedLifetime(folder) {}
    }

    @Test func readingPathsImportsThemAndOpensOnTheNewestOfThem() throws {
        // A store that holds everything but one December page; then `byline PATH` with that page.
        let folder = try PageFolder(count: 0)
        let held = folder.root + "/held", later = folder.root + "/later"
        try FileManager.default.createDirectory(atPath: held, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: later, withIntermediateDirectories: true)
        let december = "2025-12-29-pti-mumbai-suburban-rail-adds-twelve-air.txt"
        for name in try FileManager.default.contentsOfDirectory(atPath: "fixtures/pages") {
            try FileManager.default.copyItem(atPath: "fixtures/pages/" + name, toPath: (name == december ? later : held) + "/" + name)
        }
        _ = try CommandRunner.run(["import", "--store", folder.store, held])
        let terminal = try TmuxSession("'\(CommandRunner.executable.path)' --store '\(folder.store)' '\(later)'", width: 120, height: 40)
        let screen = try terminal.waitFor("imported 1 page: 1 new, 0 updated, 0 unchanged; the newest is selected")
        // The reading pane shows it, and the selection sits down the list, not on the store's newest.
        let pane = screen.split(separator: "\n").dropFirst().prefix(3).map { $0.split(separator: "│").last ?? "" }
        #expect(pane.first?.contains("Mumbai suburban rail adds twelve air-conditioned") == true, "\(screen)")
        #expect(!screen.contains(" 1/56"), "\(screen)")
        #expect(screen.contains("/56"))
        withExtendedLifetime(folder) {}
    }

    @Test func searchNarrowsTheList() throws {
        let (folder, byline) = try prepared()
        let terminal = try TmuxSession(byline, width: 100, height: 30)
        try terminal.waitFor("Han River bridge lights")
        try terminal.send("/")
        try terminal.type("glassworks")
        let screen = try terminal.waitFor("(3 in headlines")
        let rows = screen.split(separator: "\n").dropFirst().filter { !$0.hasPrefix("── ") }.prefix(5)
        #expect(rows.prefix(3).allSatisfy { $0.contains("glassworks") })
        try terminal.send("Escape")
        try terminal.waitFor("56 stories") { $0.contains("Enter read") }
        withExtendedLifetime(folder) {}
    }

    @Test func starAndReadMarksSurviveARestart() throws {
        let (folder, byline) = try prepared()
        var terminal: TmuxSession? = try TmuxSession(byline, width: 100, height: 30)
        try terminal!.waitFor("Han River bridge lights")
        try terminal!.send("s")
        try terminal!.waitFor("starred — u to undo")
        try terminal!.send("j", "Enter")
        try terminal!.waitFor("ANI · São Vale · 4 Jan 2026 ~17:31")
        try terminal!.send("q", "q")
        try terminal!.waitFor("the reader to quit") { !$0.contains("Enter read") }
        terminal = nil
        let again = try TmuxSession(byline, width: 100, height: 30)
        let screen = try again.waitFor("Han River bridge lights")
        let rows = screen.split(separator: "\n")
        #expect(rows[2].hasPrefix("•★"), "the starred story keeps its star: \(rows[2])")
        #expect(rows[3].hasPrefix("  "), "the read story is no longer unread: \(rows[3])")
        #expect(screen.contains("55 unread"))
        withExtendedLifetime(folder) {}
    }

    @Test func resizingRedrawsEachLayout() throws {
        let (folder, byline) = try prepared()
        let terminal = try TmuxSession(byline, width: 120, height: 40)
        try terminal.waitFor("Han River bridge lights")
        try terminal.resize(width: 200, height: 60)
        // tmux may apply the width before the height, so the frame waited for is the one
        // drawn at the full height too: its list reaches back to 28 December.
        try terminal.waitFor("200 columns, side by side (window \(try terminal.value("#{window_width}x#{window_height}")))") {
            $0.contains(" 20:45 IANS    Han River bridge lights to stay on through January ") && $0.contains("│ Han River bridge lights")
                && $0.contains("── Sunday 28 December 2025 ──")
        }
        try terminal.resize(width: 80, height: 24)
        try terminal.waitFor("80 columns, stacked") { $0.contains(String(repeating: "─", count: 80)) }
        try terminal.resize(width: 40, height: 12)
        // One pane: no divider line (a day line starts "── " and names the day).
        let narrow = try terminal.waitFor("40 columns, one pane") { screen in
            !screen.split(separator: "\n").contains { $0.allSatisfy { $0 == "─" } } && screen.contains("Han River bridge") && screen.contains("1/56")
        }
        #expect(narrow.split(separator: "\n").allSatisfy { $0.count <= 40 })
        try terminal.resize(width: 20, height: 6)
        try terminal.waitFor("20×6") { $0.contains("Byline · 56 storie…") }
        try terminal.resize(width: 12, height: 3)
        try terminal.waitFor("the too-small notice") { $0.contains("Byline need") }
        try terminal.resize(width: 80, height: 24)
        try terminal.waitFor("back to 80×24") { $0.contains("Han River bridge lights to stay on through January") }
        withExtendedLifetime(folder) {}
    }

    @Test func storyTextCannotDriveTheTerminal() throws {
        let (folder, byline) = try prepared()
        let terminal = try TmuxSession(byline, width: 100, height: 30)
        try terminal.waitFor("Han River bridge lights")
        let titleBefore = try terminal.value("#{pane_title}")
        try terminal.send("/")
        try terminal.type("alarm bells")
        try terminal.waitFor("(1 in headlines")
        try terminal.send("Enter", "Enter")
        let screen = try terminal.waitFor("The town hall alarm rang for an hour on Thursday.")
        #expect(screen.contains("Alarm bells ring in the town hall"))
        #expect(try terminal.value("#{pane_title}") == titleBefore)
        #expect(try terminal.value("#{window_bell_flag}") == "0")
        #expect(try terminal.value("#{alternate_on}") == "1")
        // Only colour and attribute sequences (SGR) are on the screen; nothing else came through.
        let escapes = try terminal.screenWithEscapes()
        let sequences = escapes.components(separatedBy: "\u{1B}").dropFirst()
        for sequence in sequences {
            let isSGR = sequence.hasPrefix("[") && sequence.dropFirst().prefix { $0 != "m" }.allSatisfy { $0.isNumber || $0 == ";" || $0 == ":" }
            #expect(isSGR, "unexpected escape sequence: \(sequence.prefix(12).debugDescription)")
        }
        withExtendedLifetime(folder) {}
    }

    @Test func quittingLeavesTheShellPromptClean() throws {
        let (folder, byline) = try prepared()
        let terminal = try shellRunningReader("\(byline); echo \"exit status $?\"")
        try terminal.send("q")
        let after = try terminal.waitFor("exit status 0")
        #expect(!after.contains("Byline · 56 stories"))
        #expect(after.contains("prompt$"))
        #expect(try terminal.value("#{alternate_on}") == "0")
        #expect(try terminal.value("#{cursor_flag}") == "1")
        withExtendedLifetime(folder) {}
    }

    @Test func controlZSuspendsToTheShellAndFgBringsTheReaderBack() throws {
        let (folder, byline) = try prepared()
        let terminal = try shellRunningReader(byline)
        try terminal.send("j")
        try terminal.waitFor("2/56")
        try terminal.send("C-z")
        // The shell has the terminal back, in its normal state.
        let suspended = try terminal.waitFor("the shell's prompt after suspending") { $0.contains("Stopped") || $0.contains("stopped") }
        #expect(!suspended.contains("Enter read  / search"))
        #expect(try terminal.value("#{alternate_on}") == "0")
        try terminal.type("fg")
        try terminal.send("Enter")
        // The reader redraws where it was.
        let back = try terminal.waitFor("2/56")
        #expect(back.contains("Byline · 56 stories"))
        try terminal.send("Q")
        // (The shell ran the `echo` when the reader stopped; the prompt's return is the sign now.)
        try terminal.waitFor("the reader to quit") { !$0.contains("Byline · 56 stories") && $0.contains("prompt$ fg") }
        #expect(try terminal.value("#{alternate_on}") == "0")
        withExtendedLifetime(folder) {}
    }

    @Test(arguments: [("TERM", SIGTERM), ("HUP", SIGHUP), ("INT", SIGINT)])
    func aSignalEndsTheReaderAndRestoresTheTerminal(name: String, signal: Int32) throws {
        let (folder, byline) = try prepared()
        let terminal = try shellRunningReader("\(byline); echo \"ended-$?\"")
        // The signal comes from outside, as from `kill` in another window, while the reader is on screen.
        let shell = try #require(pid_t(try terminal.value("#{pane_pid}")))
        let reader = try #require(childProcess(of: shell, named: "byline"))
        kill(reader, signal)
        // It ends by the same signal once the terminal is restored, so the shell sees 128 + N
        // (after SIGINT the shell drops the rest of the line, as after a Ctrl-C, and only prompts).
        let after =
            signal == SIGINT
            ? try terminal.waitFor("the prompt after SIGINT") { $0.components(separatedBy: "prompt$").count == 3 }
            : try terminal.waitFor("ended-\(128 + signal)")
        #expect(try terminal.value("#{alternate_on}") == "0")
        #expect(try terminal.value("#{cursor_flag}") == "1")
        #expect(!after.contains("Enter read  / search"))
        withExtendedLifetime(folder) {}
    }

    @Test func theMouseSelectsOpensAndJumps() throws {
        let (folder, byline) = try prepared()
        let terminal = try TmuxSession(byline, width: 100, height: 30)
        try terminal.waitFor("Han River bridge lights")
        // xterm's SGR mouse reports, as a terminal sends them: button;column;row (1-based), M press, m release.
        // Row 6 is the fourth story (the day line is row 2); row 5 is Lindmark, the third.
        try terminal.type("\u{1B}[<0;10;6M\u{1B}[<0;10;6m")
        try terminal.waitFor("4/56")
        try terminal.type("\u{1B}[<0;10;5M\u{1B}[<0;10;5m\u{1B}[<0;10;5M\u{1B}[<0;10;5m")
        let reader = try terminal.waitFor("Ines Albrecht | AFP · Lindmark · 4 Jan 2026")
        let rows = reader.split(separator: "\n", omittingEmptySubsequences: false)
        let itemRow = try #require(rows.firstIndex { $0.contains("2. Seoul subway to run driverless trains") })
        try terminal.type("\u{1B}[<0;30;\(itemRow + 1)M\u{1B}[<0;30;\(itemRow + 1)m")
        try terminal.waitFor("A new subway line in Seoul will run driverless trains")
        withExtendedLifetime(folder) {}
    }

    @Test func theOriginalPageOpensInThePagerAndTheReaderComesBack() throws {
        let (folder, byline) = try prepared()
        let pager = folder.root + "/pager.sh", copy = folder.root + "/seen.txt"
        // A stand-in pager that records what it was given: the path must arrive as an argument.
        try Data("#!/bin/sh\ncp \"$1\" '\(copy)'\necho \"$#\" > '\(copy).count'\n".utf8).write(to: URL(fileURLWithPath: pager))
        chmod(pager, 0o755)
        let terminal = try TmuxSession(byline, width: 100, height: 30, environment: ["PAGER": pager])
        try terminal.waitFor("Han River bridge lights")
        try terminal.send("v")
        try terminal.waitFor("the reader again") { _ in FileManager.default.fileExists(atPath: copy + ".count") }
        let shown = try Data(contentsOf: URL(fileURLWithPath: copy))
        let original = try Data(contentsOf: URL(fileURLWithPath: "fixtures/pages/2026-01-04-ians-han-river-bridge-lights-to-stay.txt"))
        #expect(shown == original)
        #expect(try String(contentsOfFile: copy + ".count", encoding: .utf8) == "1\n")
        try terminal.waitFor("Enter read  / search")
        withExtendedLifetime(folder) {}
    }

    @Test func aPageFullOfEscapeSequencesReachesThePagerWithoutThem() throws {
        let folder = try PageFolder(count: 0)
        _ = try CommandRunner.run(["import", "--store", folder.store, "fixtures/pages/hostile-control-characters.txt"])
        let pager = folder.root + "/pager.sh", copy = folder.root + "/seen.txt"
        try Data("#!/bin/sh\ncp \"$1\" '\(copy)'\ntouch '\(copy).done'\n".utf8).write(to: URL(fileURLWithPath: pager))
        chmod(pager, 0o755)
        let terminal = try TmuxSession("'\(CommandRunner.executable.path)' --store '\(folder.store)'", width: 100, height: 30, environment: ["PAGER": pager])
        try terminal.waitFor("Alarm")
        try terminal.send("v")
        try terminal.waitFor("the pager's copy") { _ in FileManager.default.fileExists(atPath: copy + ".done") }
        // `less -R` or `cat` as the pager must not be able to pass the page's escapes to the terminal.
        let shown = try Data(contentsOf: URL(fileURLWithPath: copy))
        #expect(!shown.contains(0x1B) && !shown.contains(0x07))
        #expect(String(decoding: shown, as: UTF8.self).contains("Alarm bells ring in the town hall"))
        withExtendedLifetime(folder) {}
    }

    @Test func theConfigurationRebindsKeysAndABadLineIsNamedOnScreen() throws {
        let (folder, byline) = try prepared()
        let config = folder.root + "/config.toml"
        try Data("sort = \"oldest\"\ndate-format = \"iso\"\n\n[keys]\nstar = \"x\"\nread = \"nope-key\"\n".utf8).write(to: URL(fileURLWithPath: config))
        let terminal = try TmuxSession("\(byline) --config '\(config)'", width: 100, height: 30)
        let first = try terminal.waitFor("oldest first")
        #expect(first.contains("config.toml:6: “nope-key” is not a key"))
        #expect(first.split(separator: "\n")[1].contains("12-27"), "oldest first, with ISO dates")
        try terminal.send("x")
        try terminal.waitFor("starred — u to undo")
        withExtendedLifetime(folder) {}
    }

    @Test func noColorMeansNoColour() throws {
        let (folder, byline) = try prepared()
        let coloured = try TmuxSession(byline, width: 100, height: 30)
        try coloured.waitFor("Han River bridge lights")
        let plain = try TmuxSession(byline, width: 100, height: 30, environment: ["NO_COLOR": "1"])
        try plain.waitFor("Han River bridge lights")
        // Foreground colours are SGR 30–37, 90–97 or 38;…; attributes (bold, reverse) stay.
        func colours(_ screen: String) -> Int {
            screen.components(separatedBy: "\u{1B}[").dropFirst().filter { sequence in
                let parameters = sequence.prefix { $0 != "m" }.split(separator: ";")
                return parameters.contains { Int($0).map { (30...37).contains($0) || (90...97).contains($0) || $0 == 38 } ?? false }
            }.count
        }
        #expect(colours(try coloured.screenWithEscapes()) > 0)
        #expect(colours(try plain.screenWithEscapes()) == 0)
        #expect(try plain.screenWithEscapes().contains("\u{1B}[7m") || plain.screenWithEscapes().contains(";7m"), "reverse video still marks the selection")
        withExtendedLifetime(folder) {}
    }

    /// Every class of control and escape sequence, in every part of a story and in its file
    /// name, through the real binary: the raw bytes it writes to the terminal carry none of them.
    @Test func noControlOrEscapeFromAStoryReachesTheTerminal() throws {
        let folder = try PageFolder(count: 0)
        let payloads = [
            "\u{1B}]0;owned title\u{7}", "\u{1B}]2;owned\u{1B}\\", "\u{7}", "\u{1B}P1$rq\u{1B}\\", "\u{1B}_apc\u{1B}\\",
            "\u{1B}^pm\u{1B}\\", "\u{1B}(0", "\u{1B})0", "\u{1B}c", "\u{1B}#8", "\u{1B}[2J", "\u{1B}[?1049l", "\u{1B}[6n",
            "\u{9B}31m", "\u{9D}0;c1 title\u{9C}", "\u{202E}", "\u{202D}", "\u{2067}", "\u{8}\u{8}", "\u{E}", "\u{F}", "\u{0}",
        ]
        let all = payloads.joined(separator: "x")
        let page =
            "Hostile \(all) headline\n\nby Ev\(all)il |\n\nPorto Vale, Mar 3 (PTI) Body \(all) text.\n\nLatest News\nOther \(all) story Tue, Mar 03, 2026, 11:42 PM\n"
        let name = folder.pages + "/evil-\u{1B}]0;file title\u{7}-name.txt"
        try Data(page.utf8).write(to: URL(fileURLWithPath: name))
        let raw = folder.root + "/raw.out"
        let terminal = try TmuxSession("sh", width: 100, height: 30, environment: ["PS1": "prompt$ "])
        try terminal.waitFor("prompt$")
        let titleBefore = try terminal.value("#{pane_title}")
        try terminal.pipeOutput(to: raw)
        try terminal.type("'\(CommandRunner.executable.path)' --store '\(folder.store)' '\(folder.pages)'")
        try terminal.send("Enter")
        try terminal.waitFor("Hostile")
        try terminal.send("Enter")
        try terminal.waitFor("Latest news")
        try terminal.send("Q")
        try terminal.waitFor("prompt$ ") { $0.components(separatedBy: "prompt$").count >= 3 }
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: raw)))
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("Hostile") && text.contains("Latest news") && text.contains("headline"), "the raw output was not captured")
        for forbidden in [
            "\u{1B}]", "\u{7}", "\u{1B}P", "\u{1B}_", "\u{1B}^", "\u{1B}(0", "\u{1B})0", "\u{1B}c", "\u{1B}#", "\u{1B}[6n",
            "\u{202E}", "\u{202D}", "\u{2067}", "owned title\u{7}",
        ] {
            #expect(!text.contains(forbidden), "the terminal received \(forbidden.debugDescription)")
        }
        #expect(!text.unicodeScalars.contains { (0x80...0x9F).contains($0.value) }, "the terminal received a C1 control")
        #expect(!bytes.contains(0x0E) && !bytes.contains(0x0F) && !bytes.contains(0x00), "the terminal received a charset shift or NUL")
        #expect(try terminal.value("#{pane_title}") == titleBefore)
        #expect(try terminal.value("#{window_bell_flag}") == "0")
    }

    @Test func anEmptyStoreSaysHowToImport() throws {
        let folder = try PageFolder(count: 0)
        let terminal = try TmuxSession("'\(CommandRunner.executable.path)' --store '\(folder.store)'", width: 80, height: 24)
        try terminal.waitFor("Import pages with")
        #expect(try terminal.screen().contains("byline import PATH"))
    }

    @Test func storiesImportedElsewhereAppearWhileReading() throws {
        let (folder, byline) = try prepared()
        let terminal = try TmuxSession(byline, width: 100, height: 30)
        try terminal.waitFor("56 stories")
        try terminal.send("j", "j")
        try terminal.waitFor("3/56")
        let extra = try PageFolder(count: 3, prefix: "Late-breaking ferry story")
        _ = try CommandRunner.run(["import", "--store", folder.store, extra.pages])
        // The title and the position are drawn in one frame, but tmux may be read between
        // the two: wait until both are there.
        let screen = try terminal.waitFor("59 stories, at /59", timeout: 5) { $0.contains("59 stories") && $0.contains("/59") }
        #expect(screen.contains("Cold spell to last"))
        #expect(screen.contains("/59"))
        withExtendedLifetime(folder) {}
    }

    @Test func storiesASyncerBringsAppearWhileReading() throws {
        let (folder, byline) = try prepared()
        let terminal = try TmuxSession(byline, width: 100, height: 30)
        try terminal.waitFor("56 stories")
        // Another machine imported two pages into its copy of the store; the syncer copies
        // their story files over, as a syncer does, to a hidden temp name and then renamed.
        let elsewhere = try PageFolder(count: 2, prefix: "Synced harbour story")
        _ = try CommandRunner.run(["import", "--store", elsewhere.store, elsewhere.pages], environment: ["BYLINE_MACHINE": "laptop"])
        for shard in try FileManager.default.contentsOfDirectory(atPath: elsewhere.store + "/stories") {
            for name in try FileManager.default.contentsOfDirectory(atPath: elsewhere.store + "/stories/" + shard) {
                let target = folder.store + "/stories/" + shard
                try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
                try FileManager.default.copyItem(atPath: elsewhere.store + "/stories/\(shard)/\(name)", toPath: target + "/." + name + ".sync")
                #expect(rename(target + "/." + name + ".sync", target + "/" + name) == 0)
            }
        }
        // The title and the position are drawn in one frame, but tmux may be read between
        // the two: wait until both are there.
        let screen = try terminal.waitFor("58 stories, at /58", timeout: 5) { $0.contains("58 stories") && $0.contains("/58") }
        #expect(screen.contains("/58"))
        try terminal.send("/")
        try terminal.type("Synced harbour")
        try terminal.waitFor("Synced harbour story number 1", timeout: 5)
        withExtendedLifetime(folder) {}
    }
}
