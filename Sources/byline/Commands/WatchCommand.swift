import ArgumentParser
import Foundation
import Inbox
import StoryKit
import StoryStore
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// `byline watch`: the inbox folders in a terminal of their own.
struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Import every page saved into inbox folders, as it arrives.",
        discussion: """
            Watches the folders given, else the configuration's inbox, with inotify, and \
            imports each page that appears or changes there once it is completely written: \
            a page still being written is waited for, and a browser's unfinished download \
            (.part, .crdownload) is taken when it is renamed. Pages already there are \
            imported at the start, except those this machine has handled in that version \
            before. Subfolders are not looked into.

            Each stored page is printed as soon as it is safe on disk (a line of \
            `import --verbose`, or JSON); a page that cannot be imported stays where it is, \
            with its reason on standard error and in the store's inbox log (`byline check` \
            lists it). Stored pages stay where they are, or with --move-to (or inbox-after \
            = "move") move into a folder. Ctrl-C ends the watch once the pages being imported are stored.

            The reader watches the configuration's inbox itself while it runs; only one \
            process works a store's inbox at a time, and another waits for it.

            Examples:
              byline watch ~/Downloads/news
              byline watch --move-to ~/news/read
            """
    )

    @OptionGroup var storeOptions: StoreOptions

    @Option(name: .customLong("move-to"), help: ArgumentHelp("Move each stored page into this folder.", valueName: "dir"), completion: .directory)
    var moveTo: String?

    @Flag(name: .long, help: "Print one JSON object per page.")
    var json = false

    @Argument(help: "Inbox folders (default: the configuration's inbox).", completion: .directory)
    var folders: [String] = []

    func run() throws {
        let (settings, _) = storeOptions.loadSettings()
        var policy = settings.inbox
        if !folders.isEmpty { policy.folders = folders.map(Self.absolute) }
        if let moveTo { policy.afterImport = .move(to: Self.absolute(moveTo)) }
        guard !policy.folders.isEmpty else {
            StandardError.write("byline: no inbox folders: name them (byline watch ~/Downloads/news) or set inbox in the configuration")
            throw ExitCode(1)
        }
        let store = try storeOptions.open(create: true, settings: settings)
        var lock = store.takeInboxLock(wait: false)
        if lock == nil {
            StandardError.write("byline: another byline process is working this store's inbox; waiting until it ends")
            lock = store.takeInboxLock(wait: true)
        }
        let inbox: Inbox
        do {
            inbox = try Inbox(store: store, policy: policy)
        } catch {
            StandardError.write("byline: \(error.description)")
            throw ExitCode(1)
        }
        for problem in inbox.problems { StandardError.write("byline: \(SafeText.sanitised(problem))") }
        guard !inbox.watched.isEmpty else { throw ExitCode(1) }
        let home = ProcessInfo.processInfo.environment["HOME"]
        let places = inbox.watched.map { InboxDelivery.shortened($0, home: home) }.joined(separator: ", ")
        let fate =
            switch policy.afterImport {
            case .keep: "pages stay where they are"
            case .move(let folder): "stored pages move to \(folder.map { InboxDelivery.shortened($0, home: home) } ?? "imported/ in their folder")"
            }
        StandardError.write("byline: watching \(SafeText.sanitised(places)) (\(fate)); Ctrl-C ends")
        WatchStop.install()
        while !WatchStop.requested, !inbox.watched.isEmpty {
            let delivery = inbox.next(timeout: .seconds(1), onOutcome: report)
            fflush(nil)
            for note in delivery.notes { StandardError.write("byline: \(SafeText.sanitised(note))") }
            if let reason = delivery.stoppedBecause { StandardError.write("byline: import stopped: \(reason)") }
            // The import added its stories to `store`'s catalog; the index follows it.
            if !delivery.storedIDs.isEmpty { IndexRefresh.run(store, showProgress: false) }
        }
        withExtendedLifetime(lock) {}
    }

    /// One line a page, printed once the page is durable (`importPages` reports it then).
    private func report(_ outcome: ImportOutcome) {
        ImportRun.report(outcome, json: json, verbose: true)
        fflush(nil)
    }

    static func absolute(_ path: String) -> String {
        let expanded = (path as NSString).expandingTildeInPath
        return expanded.hasPrefix("/") ? expanded : FileManager.default.currentDirectoryPath + "/" + expanded
    }
}

/// Ctrl-C (or SIGTERM, SIGHUP) asks the watch to end between rounds instead of mid-batch.
enum WatchStop {
    static let received = Atomic<Bool>(false)

    static var requested: Bool { received.load(ordering: .relaxed) }

    static func install() {
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        for signal in [SIGINT, SIGTERM, SIGHUP] {
            Glibc.signal(signal) { _ in WatchStop.received.store(true, ordering: .relaxed) }
            sigaddset(&unblocked, signal)
        }
        // A parent may have started the watch with these blocked (a test runner, a service
        // manager's helper); a watch that Ctrl-C cannot end would be worse than none.
        pthread_sigmask(SIG_UNBLOCK, &unblocked, nil)
    }
}
