import ArgumentParser
import Configuration
import Foundation
import PageReading
import StoryStore

/// `--store DIR` and `--config FILE`, shared by every command that reads or writes the store.
struct StoreOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The store folder (default: $BYLINE_STORE, else the configuration's store, else $XDG_DATA_HOME/byline, else ~/.local/share/byline).",
            valueName: "dir"), completion: .directory)
    var store: String?

    @Option(
        name: .long,
        help: ArgumentHelp("The configuration file (default: $XDG_CONFIG_HOME/byline/config.toml, else ~/.config/byline/config.toml).", valueName: "file"),
        completion: .file())
    var config: String?

    /// Reads the configuration file, and says what was wrong with it (each problem names its line).
    func loadSettings() -> (Settings, [ConfigProblem]) {
        let environment = ProcessInfo.processInfo.environment
        return ConfigFile.load(path: config ?? ConfigFile.defaultPath(environment: environment), required: config != nil)
    }

    var machine: String {
        MachineName.current(environment: ProcessInfo.processInfo.environment)
    }

    /// Opens the store or ends the command with the store's own one-line reason. Pass the
    /// settings when the command has read them already, so the file is read once.
    func open(create: Bool = false, settings: Settings? = nil) throws -> StoryStore {
        let environment = ProcessInfo.processInfo.environment
        let path = StoreLocation.resolve(option: store, environment: environment, configured: (settings ?? loadSettings().0).store)
        do {
            let store = try StoryStore.open(at: path, machine: machine, create: create, parser: PageReader.parser)
            for note in store.loadNotes { StandardError.write("byline: note: \(note)") }
            store.onLateNote = { StandardError.write("byline: note: \($0)") }
            return store
        } catch {
            StandardError.write("byline: \(error.message)")
            throw ExitCode(1)
        }
    }
}
