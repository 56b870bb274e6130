import ArgumentParser
import Configuration
import Foundation
import StoryKit

/// `byline config`: the configuration file's defaults, and a check of yours.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Print the default configuration, or check a configuration file.",
        discussion: """
            The configuration is read from $XDG_CONFIG_HOME/byline/config.toml (else \
            ~/.config/byline/config.toml), or the file given with --config. It sets the \
            key bindings, the theme, the list's width, the date format, the sort and the \
            default store. A mistake is reported with its line and the reader starts anyway.

            Examples:
              byline config --print-default > ~/.config/byline/config.toml
              byline config --check
            """
    )

    @Flag(help: "Print the default configuration, every setting explained.") var printDefault = false
    @Flag(help: "Check the configuration file and report every problem with its line.") var check = false
    @Option(help: ArgumentHelp("The configuration file to check.", valueName: "file"), completion: .file()) var config: String?
    @Flag(help: "With --check, print the problems as one JSON object.") var json = false

    func validate() throws {
        if printDefault == check { throw ValidationError("give one of --print-default and --check") }
    }

    func run() throws {
        if printDefault {
            print(ConfigFile.defaultText, terminator: "")
            return
        }
        let path = config ?? ConfigFile.defaultPath(environment: ProcessInfo.processInfo.environment)
        let (_, problems) = ConfigFile.load(path: path, required: config != nil)
        if json {
            print(
                JSONValue.object([
                    ("file", .string(path)),
                    ("problems", .array(problems.map { .object([("line", $0.line.map(JSONValue.number) ?? .null), ("message", .string($0.message))]) })),
                ]).compact)
        }
        for problem in problems { StandardError.write("byline: \(problem)") }
        if json {
            if !problems.isEmpty { throw ExitCode(1) }
        } else if problems.isEmpty {
            print(FileManager.default.fileExists(atPath: path) ? "\(path): ok" : "\(path): not there; the defaults are in use")
        } else {
            throw ExitCode(1)
        }
    }
}
