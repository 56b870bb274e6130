import ArgumentParser
import Configuration
import CursesBackend
import Foundation
import StoryStore

extension Settings.Theme {
    var terminalTheme: TerminalTheme {
        switch self {
        case .dark: .dark
        case .light: .light
        case .mono: .mono
        }
    }
}

/// `byline [read] [PATH...]`: the interactive reader.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Open the reader (the default command).",
        discussion: """
            With paths, imports those pages first (files or folders, with a progress bar), \
            then opens the reader on the newest of those stories. Press ? in the reader for every key. \
            NO_COLOR turns colours off.

            Examples:
              byline                      # read what is stored
              byline ~/news/today         # import a folder, then read
              byline --store /tmp/try fixtures/pages
            """
    )

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: "Pages or folders to import before reading.", completion: .file())
    var paths: [String] = []

    func run() throws {
        let (settings, problems) = storeOptions.loadSettings()
        let store = try storeOptions.open(create: true, settings: settings)
        var imported: ImportSummary?
        if !paths.isEmpty {
            let summary = ImportRun(store: store).run(paths)
            if summary.stoppedBecause != nil { throw ExitCode(1) }
            store.reload()
            imported = summary
        }
        let terminal: CursesTerminal
        do {
            let noColor = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
            terminal = try CursesTerminal(theme: noColor ? .mono : settings.theme.terminalTheme)
        } catch {
            StandardError.write("byline: \(error)")
            throw ExitCode(1)
        }
        let configPath = storeOptions.config ?? ConfigFile.defaultPath(environment: ProcessInfo.processInfo.environment)
        let endingSignal = ReaderApp(
            store: store, terminal: terminal, settings: settings, configPath: configPath, problems: problems, imported: imported
        ).run()
        terminal.stop()
        // Ended by a signal: with the terminal given back, end by that signal too, so the
        // shell or the process that sent it sees what happened (status 128 + N).
        if let endingSignal {
            signal(endingSignal, SIG_DFL)
            raise(endingSignal)
        }
    }
}

extension ReadCommand: OperandListCommand {
    var operands: [String] {
        get { paths }
        set { paths = newValue }
    }
}
