import ArgumentParser
import Foundation
import SearchIndex
import StoryStore

/// `byline index`: builds or updates the search index, or says where it is and how it is.
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Update the search index (derived data, kept outside the store).",
        discussion: """
            The index lives in $XDG_CACHE_HOME/byline/index/ (else ~/.cache/byline/index/), one \
            folder per store, never inside the store: syncing a store between machines must not \
            copy a database file. Import, reparse and check --repair update it in the same run, \
            and a search updates it when the store changed since; deleting it loses nothing.

            Examples:
              byline index            (update what changed)
              byline index --rebuild  (build it again from every story file)
              byline index --path     (print where it is)
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @Flag(help: "Throw the index away and build it again from the story files.") var rebuild = false
    @Flag(help: "Print the index file's path and stop.") var path = false

    func run() throws {
        let store = try storeOptions.open()
        let search = StoreSearch(store: store, environment: ProcessInfo.processInfo.environment)
        if path {
            print(search.indexPath)
            return
        }
        let start = Date()
        guard let update = IndexRefresh.run(search, rebuild: rebuild, showProgress: true) else { throw ExitCode(1) }
        let seconds = Date().timeIntervalSince(start)
        print(
            "\(update.rebuilt ? "built" : "updated"): \(update.indexed) indexed, \(update.removed) removed, \(store.catalog.entries.count) stories in the index (\(String(format: "%.1f", seconds)) s)"
        )
    }
}
