import ArgumentParser

@main
struct Byline: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "byline",
        abstract: "A terminal reader for saved news wire pages.",
        discussion: """
            Without a command, opens the reader (the `read` command): `byline` reads what \
            is stored, `byline PATH...` imports those pages first.
            """,
        version: BylineVersion.current,
        subcommands: [ReadCommand.self, ParseCommand.self, ImportCommand.self, ListCommand.self, ShowCommand.self, ExportCommand.self,
                      MarkCommand.self, CheckCommand.self, ReparseCommand.self],
        defaultSubcommand: ReadCommand.self
    )
}

enum BylineVersion {
    static let current = "0.1.0"
}
