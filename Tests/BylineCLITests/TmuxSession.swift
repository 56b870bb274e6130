import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A terminal for end-to-end tests: tmux on its own server socket, so tests never
/// touch a person's sessions and can run side by side.
final class TmuxSession {
    let socket = "byline-test-\(UUID().uuidString.prefix(8))"
    let name = "reader"

    /// Starts `command` (run by sh) in a terminal of the given size, with a known TERM and
    /// without any NO_COLOR the test runner may have set (tests that want it say so).
    init(_ command: String, width: Int, height: Int, environment: [String: String] = [:]) throws {
        // Search indexes of test stores go to the tests' own cache folder, not the user's.
        let exports = ["XDG_CACHE_HOME": CommandRunner.cacheFolder].merging(environment) { $1 }.map { "\($0.key)='\($0.value)'" }.joined(separator: " ")
        try tmux(["new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)", "env -u NO_COLOR TERM=xterm-256color \(exports) \(command)"])
        try tmux(["set-option", "-t", name, "remain-on-exit", "on"])
    }

    deinit { _ = try? tmux(["kill-server"]) }

    /// The screen as text.
    func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", name]) }

    /// The screen with its escape sequences (colours and attributes), as tmux holds it.
    func screenWithEscapes() throws -> String { try tmux(["capture-pane", "-p", "-e", "-t", name]) }

    func send(_ keys: String...) throws { try tmux(["send-keys", "-t", name] + keys) }

    func sendKeys(_ keys: [String]) throws { try tmux(["send-keys", "-t", name] + keys) }

    /// Types text literally (no key names).
    func type(_ text: String) throws { try tmux(["send-keys", "-l", "-t", name, text]) }

    /// Lets programs in the pane set tmux's clipboard (OSC 52), and reads what they set.
    func acceptClipboard() throws { _ = try tmux(["set-option", "-g", "set-clipboard", "on"]) }
    func clipboard() throws -> String { try tmux(["show-buffer"]) }

    /// Copies everything the program writes to the terminal, byte for byte, to `path`.
    func pipeOutput(to path: String) throws {
        try tmux(["pipe-pane", "-o", "-t", name, "cat >> '\(path)'"])
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }

    /// A tmux format value for the pane, such as `#{pane_title}`.
    func value(_ format: String) throws -> String {
        try tmux(["display-message", "-p", "-t", name, format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Waits until the screen satisfies `condition`, returning that screen; fails after `timeout`.
    @discardableResult
    func waitFor(_ description: String, timeout: Double = 10, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if condition(last) { return last }
            usleep(50_000)
        }
        throw TmuxError(message: "timed out waiting for \(description); the screen was:\n\(last)")
    }

    @discardableResult
    func waitFor(_ text: String, timeout: Double = 10) throws -> String {
        try waitFor("“\(text)”", timeout: timeout) { $0.contains(text) }
    }

    /// Runs tmux with posix_spawn and waitpid: the first call starts the tmux server, a
    /// daemon that keeps what it inherits open, so output goes to a file and the
    /// client is reaped directly.
    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let capture = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket)-\(UUID().uuidString).out").path
        defer { try? FileManager.default.removeItem(atPath: capture) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, capture, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ["tmux", "-L", socket] + arguments
        var cArguments = argv.map { strdup($0) } + [nil]
        defer { for pointer in cArguments { free(pointer) } }
        // Test threads block signals; a tmux server started from one would pass that mask
        // to the reader, which then never hears of a resize. Start it with none blocked.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var emptyMask = sigset_t()
        sigemptyset(&emptyMask)
        posix_spawnattr_setsigmask(&attributes, &emptyMask)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, "tmux", &actions, &attributes, &cArguments, environ)
        guard spawned == 0 else { throw TmuxError(message: "cannot start tmux (\(spawned)); is it installed?") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let output = (try? String(contentsOfFile: capture, encoding: .utf8)) ?? ""
        guard status == 0 else {
            throw TmuxError(message: "tmux \(arguments.joined(separator: " ")) failed (status \(status))")
        }
        return output
    }
}

struct TmuxError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
