import ArgumentParser
import StoryKit
import StoryStore

#if canImport(Glibc)
import Glibc
#endif

/// `byline import`: parse pages and keep them in the store.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import wire pages (files or folders) into the store.",
        discussion: """
            Folders are read recursively; hidden files are skipped. Importing a page again \
            changes nothing; a page whose parse changed updates its story and keeps its read \
            state. A page that cannot be read or holds no article is reported on its own line \
            and the rest go on; the exit status is then 1.

            On a terminal a progress bar shows pages done, pages a second and time left; \
            piped, only the summary is printed.

            Examples:
              byline import ~/news
              byline import --store /tmp/try fixtures/pages
            """
    )

    @OptionGroup var storeOptions: StoreOptions

    @Flag(name: .long, help: "Print one JSON object per page, then a summary object.")
    var json = false

    @Flag(name: .shortAndLong, help: "Print each page's outcome as it is stored.")
    var verbose = false

    @Option(name: .customLong("batch-size"), help: ArgumentHelp("Pages made durable together (more is faster, fewer reports sooner).", valueName: "n"))
    var batchSize = 1024

    func validate() throws {
        if batchSize < 1 { throw ValidationError("--batch-size takes a number of pages, 1 or more") }
    }

    @Argument(help: "Page files and folders to import.", completion: .file())
    var paths: [String]

    func run() throws {
        let store = try storeOptions.open(create: true)
        let summary = ImportRun(store: store, json: json, verbose: verbose, batchSize: batchSize).run(paths)
        IndexRefresh.run(store, showProgress: !json)
        if !summary.failures.isEmpty || summary.stoppedBecause != nil { throw ExitCode(1) }
    }
}

extension ImportCommand: OperandListCommand {
    var operands: [String] {
        get { paths }
        set { paths = newValue }
    }
}
