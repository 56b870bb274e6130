import ArgumentParser

@main
struct Byline: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "byline",
        abstract: "A terminal reader for saved news pages: wire text, HTML, MHTML and text dumps.",
        discussion: """
            Without a command, opens the reader (the `read` command): `byline` reads what \
            is stored, `byline PATH...` imports those pages first.

            Exit status: 0 when everything worked; 1 when anything failed (the other files \
            or stories are still handled, and each failure is reported on stderr); 64 for \
            a usage error. The reader, ended by SIGTERM, SIGHUP or SIGINT, restores the \
            terminal and then ends by that signal (128 + its number).

            Files: the store is --store DIR, else $BYLINE_STORE, else $XDG_DATA_HOME/byline, \
            else ~/.local/share/byline. NO_COLOR turns colours off; PAGER shows saved pages.
            """,
        version: BylineVersion.current,
        subcommands: [
            ReadCommand.self, ParseCommand.self, ImportCommand.self, ListCommand.self, ShowCommand.self, ExportCommand.self,
            SearchCommand.self, IndexCommand.self, WatchCommand.self, MarkCommand.self, CheckCommand.self, ReparseCommand.self, ConfigCommand.self,
        ],
        defaultSubcommand: ReadCommand.self
    )

    static func main() {
        let commands = Set(configuration.subcommands.compactMap { $0.configuration.commandName })
        let listing = Set(configuration.subcommands.compactMap { $0 is any OperandListCommand.Type ? $0.configuration.commandName : nil })
        let typed = LeadingOptions.reordered(Array(CommandLine.arguments.dropFirst()), commands: commands)
        let packing = OperandPacking(
            typed, commands: commands, listing: listing, defaultCommand: configuration.defaultSubcommand?.configuration.commandName ?? "")
        do {
            var command = try parseAsRoot(packing.arguments)
            if var listed = command as? any OperandListCommand {
                listed.operands = packing.unpacked(listed.operands)
                command = listed
            }
            try command.run()
        } catch {
            exit(withError: error)
        }
    }
}
