import CursesBackend
import Foundation
import ReaderModel

/// `b`: a story's web page in the person's browser: `$BROWSER` (the usual
/// colon-separated list of commands, each may hold `%s` for the address), else
/// `xdg-open`.
///
/// The address is one argument of an argument vector, never part of a shell command,
/// and the model only asks for `http` and `https` addresses, so a page cannot smuggle
/// an option or a command in. A terminal browser gets the terminal as the pager does.
struct WebPageOpener {
    let terminal: CursesTerminal
    var environment = ProcessInfo.processInfo.environment

    func open(_ url: String) -> ReaderAction {
        let candidates = Self.commands(for: url, browser: environment["BROWSER"])
        for command in candidates where terminal.runProgram(command) != nil {
            return .browserFinished(browser: command[0], started: true)
        }
        return .browserFinished(browser: candidates.first?.first ?? "xdg-open", started: false)
    }

    /// The argument vectors to try, in order.
    static func commands(for url: String, browser: String?) -> [[String]] {
        let entries = (browser ?? "").split(separator: ":").map { $0.split(separator: " ").map(String.init) }.filter { !$0.isEmpty }
        guard !entries.isEmpty else { return [["xdg-open", url]] }
        return entries.map { words in
            words.contains("%s") ? words.map { $0 == "%s" ? url : $0 } : words + [url]
        }
    }
}
