import ArgumentParser
import StoryKit
import StoryStore

/// `byline reparse`: read every kept original again with this version's parser.
struct ReparseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reparse",
        abstract: "Re-parse every stored story from its original page.",
        discussion: """
            Use after upgrading Byline: stories whose parse changed are updated and keep \
            their read and star state.

            Example:
              byline reparse
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @Flag(help: "Print the outcome as one JSON object.") var json = false

    func run() throws {
        let store = try storeOptions.open()
        let bar = Terminal.standardErrorIsTerminal && !json ? ProgressBar(label: "reparsing") : nil
        let summary = store.reparse { bar?.draw(done: $0.done, total: $0.total, seconds: $0.seconds) }
        bar?.finish()
        IndexRefresh.run(store, showProgress: !json)
        for failure in summary.failures { StandardError.write("byline: \(failure)") }
        if json {
            print(
                JSONValue.object([
                    ("updated", .number(summary.updated)), ("unchanged", .number(summary.unchanged)),
                    ("failures", .array(summary.failures.map(JSONValue.string))),
                ]).compact)
        } else {
            print("\(summary.updated) updated, \(summary.unchanged) unchanged, \(summary.failures.count) failed")
        }
        if !summary.failures.isEmpty { throw ExitCode(1) }
    }
}
