import Foundation
import SeededRandom
import Testing

/// Random keys, mouse clicks and resizes (down to 1×1, up to 300×100) at the real reader in
/// tmux, from a fixed seed: it must never crash, never leave the terminal broken, and still
/// answer a key at the end. CI sends BYLINE_MONKEY_EVENTS (default 1,500); a long run by hand:
/// `BYLINE_MONKEY_EVENTS=20000 swift test --filter MonkeyTests`.
@Suite(.serialized) struct MonkeyTests {
    static let events = ProcessInfo.processInfo.environment["BYLINE_MONKEY_EVENTS"].flatMap(Int.init) ?? 1_500

    @Test func theReaderSurvivesRandomInput() throws {
        let folder = try PageFolder(count: 0)
        _ = try CommandRunner.run(["import", "--store", folder.store, "fixtures/pages"])
        // The keys that leave or suspend the reader are moved out of the monkey's reach.
        let config = folder.root + "/config.toml"
        try Data("[keys]\nback = \"F12\"\nquit = \"F11\"\nshow-original = \"F10\"\n".utf8).write(to: URL(fileURLWithPath: config))
        let terminal = try TmuxSession("sh", width: 100, height: 30, environment: ["PS1": "prompt$ "])
        try terminal.waitFor("prompt$")
        try terminal.type("'\(CommandRunner.executable.path)' --store '\(folder.store)' --config '\(config)'; echo \"exit=$?\"")
        try terminal.send("Enter")
        try terminal.waitFor("Han River bridge lights")

        var random = SplitMix64(seed: 42)
        let named = ["Enter", "Tab", "BTab", "BSpace", "Escape", "Up", "Down", "Left", "Right", "PPage", "NPage", "Home", "End", "Space", "F1", "DC"]
        // No ";" or "-": tmux would read them as its own syntax.
        let characters = Array("abcdefghijklmnoprstuvwxyzABCDEFGHIJKLMNOPRSTUVWXYZ0123456789/?!.,:_'é東🎆")
        var sent = 0
        var batch: [String] = []
        while sent < Self.events {
            switch random.next(below: 100) {
            case 0..<2:
                try flush(&batch, terminal)
                try terminal.resize(width: 1 + random.next(below: 300), height: 1 + random.next(below: 100))
            case 2..<12:
                try flush(&batch, terminal)
                let x = 1 + random.next(below: 100), y = 1 + random.next(below: 30)
                let button = [0, 0, 64, 65][random.next(below: 4)]
                try terminal.type("\u{1B}[<\(button);\(x);\(y)M\u{1B}[<\(button);\(x);\(y)m")
            case 12..<40:
                batch.append(named[random.next(below: named.count)])
            default:
                batch.append(String(characters[random.next(below: characters.count)]))
            }
            if batch.count >= 25 { try flush(&batch, terminal) }
            sent += 1
        }
        try flush(&batch, terminal)

        // Still alive and answering: back to a normal size, wait until every event has been
        // handled (the screen stops changing), close whatever is open, ask for help.
        try terminal.resize(width: 80, height: 24)
        var previous = ""
        for _ in 0..<240 {
            usleep(500_000)
            let screen = try terminal.screen()
            if screen == previous { break }
            previous = screen
        }
        for _ in 0..<2 {
            try terminal.send("Escape")
            usleep(300_000)
        }
        try terminal.send("F1")
        try terminal.waitFor("the help overlay after \(Self.events) random events", timeout: 15) { $0.contains("Keys — ? or Esc closes") }
        try terminal.send("F11")
        // The typed command shows `exit=$?`; only the shell's answer shows a number.
        let after = try terminal.waitFor("exit=0", timeout: 30)
        #expect(!after.contains("exit=1"))
        #expect(try terminal.value("#{alternate_on}") == "0")
        #expect(try terminal.value("#{cursor_flag}") == "1")
        withExtendedLifetime(folder) {}
    }

    private func flush(_ batch: inout [String], _ terminal: TmuxSession) throws {
        guard !batch.isEmpty else { return }
        try terminal.sendKeys(batch)
        batch.removeAll()
    }
}
