import ArgumentParser

@main
struct Byline: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "byline",
        abstract: "A terminal reader for saved news wire pages.",
        version: BylineVersion.current,
        subcommands: [ParseCommand.self]
    )
}

enum BylineVersion {
    static let current = "0.1.0"
}
