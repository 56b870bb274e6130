import ArgumentParser
import Foundation
import StoryStore

/// `--store DIR`, shared by every command that reads or writes the store.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The store folder (default: $BYLINE_STORE, else $XDG_DATA_HOME/byline, else ~/.local/share/byline).", valueName: "dir"), completion: .directory)
    var store: String?

    var path: String {
        StoreLocation.resolve(option: store, environment: ProcessInfo.processInfo.environment)
    }

    var machine: String {
        MachineName.current(environment: ProcessInfo.processInfo.environment)
    }

    /// Opens the store or ends the command with the store's own one-line reason.
    func open(create: Bool = false) throws -> StoryStore {
        do {
            let store = try StoryStore.open(at: path, machine: machine, create: create)
            for note in store.loadNotes { StandardError.write("byline: note: \(note)") }
            return store
        } catch {
            StandardError.write("byline: \(error.message)")
            throw ExitCode(1)
        }
    }
}
