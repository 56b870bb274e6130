import ArgumentParser
import Foundation
import StoryKit
import StoryStore
import TerminalKit

/// `byline show`: one story as plain text, with its links.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print a stored story, wrapped to the terminal width.",
        discussion: """
            Shows the headline, the byline, place and date, the paragraphs, the numbered \
            latest-news items (with the id of each one that is in the store), the stories \
            whose lists name this one, and the other versions of the story (the same story \
            filed again: an update, a copy on another site), newest first, with how many \
            paragraphs each has that this one has not; then other agencies' and sites' reports \
            of the same event ("Also reported") and related stories of the surrounding days, \
            found through the search index. An id can be shortened to a unique prefix.

            Examples:
              byline show 0f3a9c2e
              byline show 0f3a9c2e41d7b8a5 --json
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The story id (or a unique prefix of at least 4 hex digits).") var id: String
    @Option(help: "Wrap to this many columns (default: the terminal's width).") var width: Int?
    @Flag(help: "Print the story as one JSON object.") var json = false

    func run() throws {
        let store = try storeOptions.open()
        let storyID: StoryID
        switch store.catalog.resolve(id) {
        case .success(let resolved): storyID = resolved
        case .failure(let error):
            StandardError.write("byline: \(error.message)")
            throw ExitCode(1)
        }
        let stored: StoredStory
        do { stored = try store.story(storyID) } catch {
            StandardError.write("byline: \(error.message)")
            throw ExitCode(1)
        }
        let links = store.links
        let targets = stored.story.latest.map { links.resolve($0, from: storyID) }
        let listedIn = links.stories(listing: storyID)
        let versions = store.catalog.versions(of: storyID)
        let search = StoreSearch(store: store, environment: ProcessInfo.processInfo.environment)
        let neighbours = NeighbourSearch(search: search, reader: store.fileReader).neighbours(
            of: stored.story, id: storyID, excluding: Set(versions).union(targets.compactMap { $0 }).union(listedIn))
        if let note = neighbours.note { StandardError.write("byline: note: no “Also reported” or “Related”: \(note)") }
        if json {
            print(ShowJSON.object(stored, targets: targets, listedIn: listedIn, versions: versions, neighbours: neighbours, catalog: store.catalog).compact)
        } else {
            print(
                StoryText(stored: stored, targets: targets, listedIn: listedIn, versions: versions, neighbours: neighbours, store: store)
                    .render(width: max(20, width ?? Terminal.width)), terminator: "")
        }
    }
}
