import CNcursesw
import Foundation
import TerminalKit

#if canImport(Glibc)
import Glibc
#endif

/// The terminal, through ncurses: the only code in Byline that talks to it.
///
/// It starts curses (locale first, so UTF-8 works), presents `ScreenBuffer`s cell by
/// cell with the wide-character API, reads keys and mouse events, and restores the
/// terminal on every way out: `stop()`, a signal, or a crash.
public final class CursesTerminal {
    public private(set) var width = 0
    public private(set) var height = 0
    private var previous: ScreenBuffer?
    private let palette: Palette
    private var stopped = false

    /// Starts curses on the controlling terminal. Fails with a clear reason when stdin or
    /// stdout is not a terminal or `TERM` names a terminal ncurses does not know.
    public init(theme: TerminalTheme) throws {
        guard isatty(0) == 1, isatty(1) == 1 else {
            throw TerminalError(description: "the reader needs a terminal, and this is not one; use `byline list` and `byline show` in scripts")
        }
        setlocale(LC_ALL, "")
        let term = getenv("TERM").map { String(cString: $0) } ?? ""
        guard !term.isEmpty else { throw TerminalError(description: "TERM is not set, so the terminal type is unknown") }
        guard let screen = byline_newterm() else {
            throw TerminalError(description: "the terminal type \"\(term)\" is unknown to ncurses (is the terminfo database installed?)")
        }
        guard byline_can_address_cursor() != 0 else {
            endwin()
            delscreen(screen)
            throw TerminalError(
                description: "this terminal (TERM=\(term)) cannot move its cursor, so it cannot show the reader; use `byline list` and `byline show` instead")
        }
        TerminalRestorer.install()
        raw()
        noecho()
        nonl()
        keypad(byline_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        _ = mousemask(byline_all_mouse_events(), nil)
        mouseinterval(200)
        palette = Palette(theme: theme)
        width = Int(byline_cols())
        height = Int(byline_lines())
    }

    deinit { stop() }

    /// Ends curses and gives the terminal back as it was. Safe to call more than once.
    public func stop() {
        guard !stopped else { return }
        stopped = true
        endwin()
        TerminalRestorer.uninstall()
    }

    /// Hands the terminal back for Ctrl-Z, then takes it again after `fg`.
    public func suspend() {
        endwin()
        kill(getpid(), SIGTSTP)
        // Here again after `fg`.
        previous = nil
        refresh()
    }

    /// Runs another program on the terminal (a pager), then takes the screen back.
    /// The arguments go straight to the program; no shell ever sees them.
    /// Returns the program's exit status, or nil when it could not be started.
    @discardableResult
    public func runProgram(_ arguments: [String]) -> Int32? {
        guard let program = arguments.first else { return nil }
        return withScreenGivenBack {
            var pid: pid_t = 0
            var cArguments = arguments.map { strdup($0) } + [nil]
            defer { for pointer in cArguments { free(pointer) } }
            guard posix_spawnp(&pid, program, nil, nil, &cArguments, environ) == 0 else { return nil }
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
            return status
        }
    }

    /// Gives the terminal to another program for `body`, then takes the screen back and
    /// draws it whole on the next frame.
    private func withScreenGivenBack<Result>(_ body: () -> Result) -> Result {
        def_prog_mode()
        endwin()
        defer {
            reset_prog_mode()
            previous = nil
            clearok(byline_stdscr(), true)
            refresh()
        }
        return body()
    }

    /// Runs a shell command line with `input` on its standard input, the screen given back
    /// to it meanwhile; once it ends, waits for Enter so its output can be read. The input
    /// never goes on the command line. Returns the exit status (nil: it did not start).
    public func runCommand(_ commandLine: String, input: [UInt8]) -> Int32? {
        withScreenGivenBack { spawnShell(commandLine, input: input) }
    }

    private func spawnShell(_ commandLine: String, input: [UInt8]) -> Int32? {
        var pipeEnds: [Int32] = [0, 0]
        guard pipe(&pipeEnds) == 0 else { return nil }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, pipeEnds[0], 0)
        posix_spawn_file_actions_addclose(&actions, pipeEnds[1])
        var pid: pid_t = 0
        let words: [String] = ["/bin/sh", "-c", commandLine]
        var arguments = words.map { strdup($0) } + [nil]
        defer { for pointer in arguments { free(pointer) } }
        let spawned = posix_spawn(&pid, "/bin/sh", &actions, nil, &arguments, environ) == 0
        close(pipeEnds[0])
        guard spawned else {
            close(pipeEnds[1])
            return nil
        }
        // A command that stops reading early (head) closes the pipe: that is not an error here.
        let previousHandler = signal(SIGPIPE, SIG_IGN)
        input.withUnsafeBytes { bytes in
            var done = 0
            while done < bytes.count {
                let wrote = write(pipeEnds[1], bytes.baseAddress! + done, bytes.count - done)
                if wrote < 0 && errno == EINTR { continue }
                if wrote <= 0 { break }
                done += wrote
            }
        }
        close(pipeEnds[1])
        signal(SIGPIPE, previousHandler)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let code = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        let prompt = "\n[Byline: press Enter to go back]"
        _ = prompt.withCString { write(1, $0, strlen($0)) }
        var byte: UInt8 = 0
        while read(0, &byte, 1) == 1 && byte != 0x0A && byte != 0x0D {}
        return code
    }

    /// Sets the terminal's clipboard (OSC 52): the text travels base64-encoded, so nothing
    /// in it can act as an escape sequence.
    public func setClipboard(_ text: String) {
        let sequence = "\u{1B}]52;c;" + Data(text.utf8).base64EncodedString() + "\u{07}"
        _ = sequence.withCString { write(1, $0, strlen($0)) }
    }

    /// Draws everything again on the next frame (Ctrl-L, after another program wrote over the screen).
    public func redraw() {
        previous = nil
        clearok(byline_stdscr(), true)
    }

    /// Draws what changed since the last frame, as the buffers' diff names it.
    public func present(_ buffer: ScreenBuffer) {
        let screen = byline_stdscr()
        if previous?.width != buffer.width || previous?.height != buffer.height {
            werase(screen)
            previous = nil
        }
        var cell = cchar_t()
        for change in buffer.changes(from: previous) {
            let (x, y, current) = (change.x, change.y, change.cell)
            // The last cell of the screen is skipped: writing it scrolls some terminals.
            if y == buffer.height - 1 && x + Int(current.width) >= buffer.width && x == buffer.width - 1 { continue }
            var text = Array(current.text.unicodeScalars.prefix(Int(CCHARW_MAX) - 1).map { wchar_t(bitPattern: $0.value) })
            if !agreesWithTerminal(current) { text = [wchar_t(current.width == 2 ? 0xFF1F : 0x3F)] }  // a fullwidth or plain "?"
            text.append(0)
            let attributes = palette.attributes(for: current.style)
            let ok = text.withUnsafeBufferPointer { byline_setcchar(&cell, $0.baseAddress, attributes.attributes, attributes.pair) }
            if ok == OK { mvwadd_wch(screen, Int32(y), Int32(x), &cell) }
        }
        wnoutrefresh(screen)
        doupdate()
        previous = buffer
    }

    /// A cell is drawn as it is only where the terminal's own width table agrees with ours,
    /// so one disputed emoji cannot shift the rest of the line.
    private func agreesWithTerminal(_ cell: Cell) -> Bool {
        guard let first = cell.text.unicodeScalars.first, first.value >= 0x80 else { return true }
        let width = byline_wcwidth(wchar_t(bitPattern: first.value))
        return Int(width) == Int(cell.width) || (cell.text.unicodeScalars.count > 1 && cell.width == 2 && width >= 1)
    }

    /// Waits up to `timeout` milliseconds for a key, a mouse event or a resize.
    public func nextEvent(timeout: Int32) -> TerminalEvent {
        wtimeout(byline_stdscr(), timeout)
        var character: wint_t = 0
        let result = wget_wch(byline_stdscr(), &character)
        if result == ERR { return .tick }
        if result == byline_key_code_yes() {
            return functionKey(Int32(character))
        }
        return .key(KeyDecoder.key(forCharacter: UInt32(character)))
    }

    private func functionKey(_ code: Int32) -> TerminalEvent {
        switch code {
        case KEY_RESIZE:
            width = Int(byline_cols())
            height = Int(byline_lines())
            // The terminal may have reflowed or cleared what was there: repaint every cell.
            previous = nil
            clearok(byline_stdscr(), true)
            return .resize(width: width, height: height)
        case KEY_MOUSE:
            var event = MEVENT()
            guard getmouse(&event) == OK else { return .tick }
            let kind: MouseEvent.Kind
            if event.bstate & byline_button4() != 0 {
                kind = .wheelUp
            } else if event.bstate & byline_button5() != 0 {
                kind = .wheelDown
            } else if event.bstate & byline_button1_double() != 0 {
                kind = .doubleClick
            } else if event.bstate & byline_button1_clicked() != 0 {
                kind = .click
            } else {
                return .tick
            }
            return .mouse(MouseEvent(x: Int(event.x), y: Int(event.y), kind: kind))
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_ENTER: return .key(.enter)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_DC: return .key(.delete)
        case KEY_BTAB: return .key(.backTab)
        case KEY_F0 + 1...KEY_F0 + 12: return .key(.function(Int(code - KEY_F0)))
        default: return .tick
        }
    }
}
