import Foundation
import ReaderModel
import StoryKit
import TOMLKit
import TerminalKit

/// The configuration file: where it lives, what it may say, and how a bad one is
/// reported (by line) without stopping the reader, which then uses the defaults
/// for whatever was wrong.
public enum ConfigFile {
    /// `$XDG_CONFIG_HOME/byline/config.toml`, else `~/.config/byline/config.toml`.
    public static func defaultPath(environment: [String: String]) -> String {
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") { return config + "/byline/config.toml" }
        return (environment["HOME"] ?? "") + "/.config/byline/config.toml"
    }

    /// Reads `path`; a missing file at the default place is no problem, a missing file named with `--config` is.
    public static func load(path: String, required: Bool) -> (Settings, [ConfigProblem]) {
        guard let data = FileManager.default.contents(atPath: path) else {
            let exists = FileManager.default.fileExists(atPath: path)
            if !exists && !required { return (Settings(), []) }
            return (Settings(), [ConfigProblem(file: path, line: nil, message: exists ? "cannot be read" : "no such file")])
        }
        return parse(String(decoding: data, as: UTF8.self), file: path)
    }

    public static func parse(_ text: String, file: String) -> (Settings, [ConfigProblem]) {
        var settings = Settings()
        var problems: [ConfigProblem] = []
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            return (
                settings, [ConfigProblem(file: file, line: Int(error.source.begin.line), message: error.description.lowercasedFirst + "; using the defaults")]
            )
        } catch {
            return (settings, [ConfigProblem(file: file, line: nil, message: "not TOML; using the defaults")])
        }
        let lines = SourceLines(text)
        func problem(_ key: String, in section: String? = nil, _ message: String) {
            problems.append(ConfigProblem(file: file, line: lines.line(of: key, in: section), message: message))
        }
        var inboxAfter: (moves: Bool, folder: String?) = (false, nil)
        for key in table.keys {
            let value = table[key]!
            switch key {
            case "store":
                if let path = value.string, !path.isEmpty {
                    settings.store = expandingHome(path)
                } else {
                    problem(key, "store must be a folder path in quotes")
                }
            case "sort":
                if let name = value.string, let sort = SortOrder.configNames[name] {
                    settings.sort = sort
                } else {
                    problem(key, "sort must be \"newest\", \"oldest\" or \"agency\"")
                }
            case "theme":
                if let name = value.string, let theme = Settings.Theme(rawValue: name) {
                    settings.theme = theme
                } else {
                    problem(key, "theme must be \"dark\", \"light\" or \"mono\"")
                }
            case "date-format":
                if let name = value.string, let style = DisplayPreferences.DateStyle(rawValue: name) {
                    settings.preferences.dateStyle = style
                } else {
                    problem(key, "date-format must be \"day-month\" or \"iso\"")
                }
            case "list-width":
                if let percent = value.int, (20...80).contains(percent) {
                    settings.preferences.listPercent = percent
                } else {
                    problem(key, "list-width must be a whole number of percent from 20 to 80")
                }
            case "pipe":
                if let command = value.string {
                    settings.handoff.pipeCommand = command
                } else {
                    problem(key, "pipe must be a command line in quotes, such as \"wc -w\"")
                }
            case "clipboard":
                if let allowed = value.bool {
                    settings.handoff.clipboard = allowed
                } else {
                    problem(key, "clipboard must be true or false")
                }
            case "inbox":
                let paths = value.string.map { [$0] } ?? value.array?.compactMap(\.string)
                if let paths, let folders = absoluteFolders(paths) {
                    settings.inbox.folders = folders
                } else {
                    problem(key, "inbox must be a list of folders, each starting with / or ~/, such as [\"~/Downloads/news\"]")
                }
            case "inbox-after":
                switch value.string {
                case "keep": inboxAfter.moves = false
                case "move": inboxAfter.moves = true
                default: problem(key, "inbox-after must be \"keep\" or \"move\"")
                }
            case "inbox-move-to":
                if let path = value.string, let folder = absoluteFolders([path])?.first {
                    inboxAfter.folder = folder
                } else if value.string != "" {
                    problem(key, "inbox-move-to must be a folder starting with / or ~/")
                }
            case "keys":
                guard let keys = value.table else { problem(key, "keys must be a table: [keys]"); continue }
                readBindings(keys, lines: lines, file: file, into: &settings.bindings, problems: &problems)
            case "searches":
                guard let searches = value.table else { problem(key, "searches must be a table: [searches] with name = \"query\""); continue }
                settings.searches = readSearches(searches, lines: lines, file: file, problems: &problems)
            default:
                problem(
                    key,
                    "unknown setting “\(key)” (settings: store, sort, theme, date-format, list-width, pipe, clipboard, inbox, inbox-after, inbox-move-to, [keys], [searches])"
                )
            }
        }
        if inboxAfter.moves { settings.inbox.afterImport = .move(to: inboxAfter.folder) }
        return (settings, problems)
    }

    /// `[keys]`: command = "key" or ["key", "key"]. A key claimed by two commands is a
    /// conflict: both lines are named and neither binding is taken.
    private static func readBindings(_ table: TOMLTable, lines: SourceLines, file: String, into bindings: inout KeyBindings, problems: inout [ConfigProblem]) {
        var wanted: [(command: Command, keys: [Key], line: Int?)] = []
        for name in table.keys {
            let line = lines.line(of: name, in: "keys")
            guard let command = Command(rawValue: name) else {
                problems.append(
                    ConfigProblem(
                        file: file, line: line, message: "unknown action “\(name)” (actions: \(Command.allCases.map(\.rawValue).joined(separator: ", ")))"))
                continue
            }
            let value = table[name]!
            let names = value.string.map { [$0] } ?? value.array?.compactMap(\.string) ?? []
            guard !names.isEmpty else {
                problems.append(
                    ConfigProblem(file: file, line: line, message: "\(name) needs a key name or a list of them, such as \"s\" or [\"s\", \"Ctrl-S\"]"))
                continue
            }
            var keys: [Key] = []
            for keyName in names {
                if let key = KeyName.key(keyName) {
                    keys.append(key)
                } else {
                    problems.append(
                        ConfigProblem(
                            file: file, line: line, message: "“\(keyName)” is not a key name (try a letter, Enter, Tab, Esc, Space, Up, PageDown, Ctrl-D, F1)"))
                }
            }
            if !keys.isEmpty { wanted.append((command, keys, line)) }
        }
        var conflicted = Set<Command>()
        for (index, first) in wanted.enumerated() {
            for second in wanted.dropFirst(index + 1) {
                for key in first.keys where second.keys.contains(key) {
                    conflicted.formUnion([first.command, second.command])
                    let lines = [first.line, second.line].compactMap { $0 }.map(String.init).joined(separator: " and ")
                    problems.append(
                        ConfigProblem(
                            file: file, line: second.line,
                            message:
                                "\(KeyName.name(key)) is bound to both \(first.command.rawValue) and \(second.command.rawValue) (lines \(lines)); both keep their defaults"
                        ))
                }
            }
        }
        for entry in wanted where !conflicted.contains(entry.command) {
            bindings.bind(entry.command, to: entry.keys)
        }
    }

    /// `[searches]`: name = "query", each query in the reader's query language.
    private static func readSearches(_ table: TOMLTable, lines: SourceLines, file: String, problems: inout [ConfigProblem]) -> [SavedSearch] {
        var searches: [(search: SavedSearch, line: Int)] = []
        for name in table.keys {
            let line = lines.line(of: name, in: "searches")
            guard let query = table[name]!.string else {
                problems.append(ConfigProblem(file: file, line: line, message: "the search “\(name)” needs a query in quotes"))
                continue
            }
            do {
                _ = try StoryQuery(parsing: query)
            } catch {
                problems.append(ConfigProblem(file: file, line: line, message: "the search “\(name)” cannot be read: \(error)"))
                continue
            }
            searches.append((SavedSearch(name: name, query: query), line ?? Int.max))
        }
        // A TOML table has no order; the views come in the file's.
        return searches.sorted { $0.line != $1.line ? $0.line < $1.line : $0.search.name < $1.search.name }.map(\.search)
    }

    /// The folders with `~/` expanded, or nil when one is relative (to nothing a reader could know).
    private static func absoluteFolders(_ paths: [String]) -> [String]? {
        let folders = paths.map(expandingHome)
        return folders.allSatisfy({ $0.hasPrefix("/") }) ? folders : nil
    }

    private static func expandingHome(_ path: String) -> String {
        guard path.hasPrefix("~/") else { return path }
        return (ProcessInfo.processInfo.environment["HOME"] ?? "") + path.dropFirst()
    }
}
