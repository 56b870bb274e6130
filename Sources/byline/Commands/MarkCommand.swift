import ArgumentParser
import StoryKit
import StoryStore

/// `byline mark`: read, unread, star and unstar from the command line.
struct MarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mark",
        abstract: "Mark stories read or unread, starred or not.",
        discussion: """
            The change goes to this machine's state log in the store, so it survives \
            restarts and merges with other machines' logs when the store is synced.

            Examples:
              byline mark read 0f3a9c2e 8b1d
              byline mark star 0f3a9c2e41d7b8a5
            """
    )

    enum Change: String, ExpressibleByArgument, CaseIterable {
        case read, unread, star, unstar

        var kind: StateChange.Kind {
            switch self {
            case .read: .read
            case .unread: .unread
            case .star: .star
            case .unstar: .unstar
            }
        }
    }

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "read, unread, star or unstar.") var change: Change
    @Argument(help: "Story ids (or unique prefixes).") var ids: [String]
    @Flag(help: "Print one JSON object per story marked.") var json = false

    func run() throws {
        let store = try storeOptions.open()
        var resolved: [StoryID] = []
        var failed = false
        for text in ids {
            switch store.resolve(text) {
            case .success(let id): resolved.append(id)
            case .failure(let error):
                failed = true
                StandardError.write("byline: \(error.message)")
            }
        }
        do {
            try store.record(resolved.map { StateChange(id: $0, kind: change.kind) })
        } catch {
            StandardError.write("byline: \(error.message)")
            throw ExitCode(1)
        }
        for id in resolved {
            if json {
                print(JSONValue.object([("id", .string(id.description)), ("change", .string(change.rawValue))]).compact)
            } else {
                print("\(change.rawValue)  \(id)  \(SafeText.sanitised(store.headline(of: id) ?? ""))")
            }
        }
        if failed { throw ExitCode(1) }
    }
}

extension MarkCommand: OperandListCommand {
    var operands: [String] {
        get { ids }
        set { ids = newValue }
    }
}
