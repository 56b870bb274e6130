import ArgumentParser

@main
struct Byline: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "byline",
        abstract: "A terminal reader for saved news wire pages.",
        version: BylineVersion.current,
        subcommands: [ParseCommand.self, ImportCommand.self, ListCommand.self, ShowCommand.self, MarkCommand.self, CheckCommand.self, ReparseCommand.self]
    )
}

enum BylineVersion {
    static let current = "0.1.0"
}
