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
            latest-news items (with the id of each one that is in the store) and the stories \
            whose lists name this one. An id can be shortened to a unique prefix.

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
        if json {
            print(ShowJSON.object(stored, targets: targets, listedIn: listedIn, catalog: store.catalog).compact)
        } else {
            print(StoryText(stored: stored, targets: targets, listedIn: listedIn, catalog: store.catalog)
                .render(width: max(20, width ?? Terminal.width)), terminator: "")
        }
    }
}

/// The plain-text rendering of a story for `byline show`.
struct StoryText {
    let stored: StoredStory
    let targets: [StoryID?]
    let listedIn: [StoryID]
    let catalog: Catalog

    func render(width: Int) -> String {
        let story = stored.story
        var lines: [String] = []
        lines += wrap(story.headline, width: width)
        let meta = story.metaLine()
        if !meta.isEmpty { lines += wrap(meta, width: width) }
        if let source = story.sourceLine { lines += wrap(source, width: width) }
        lines.append("id \(stored.id)")
        for paragraph in story.body {
            lines.append("")
            lines += wrap(paragraph, width: width)
        }
        if !story.latest.isEmpty {
            lines.append("")
            lines.append("Latest news")
            for (index, item) in story.latest.enumerated() {
                let mark = targets[index].map { "[\($0)]" } ?? "(not in the store)"
                let time = item.readableTime.map { " — \($0)" } ?? ""
                lines += wrap("\(index + 1). \(item.headline)\(time) \(mark)", width: width, indent: 3)
            }
        }
        if !listedIn.isEmpty {
            lines.append("")
            lines.append("Listed in")
            for id in listedIn {
                lines += wrap("- \(catalog.entry(id).map(catalog.headline) ?? "") [\(id)]", width: width, indent: 2)
            }
        }
        return lines.map(SafeText.sanitised).joined(separator: "\n") + "\n"
    }

    /// TerminalKit's wrapping (display widths, never splitting a grapheme), with a hanging
    /// indent for the lines after the first.
    private func wrap(_ text: String, width: Int, indent: Int = 0) -> [String] {
        let pad = String(repeating: " ", count: indent)
        return TextWrapper.wrap(text, width: max(1, width - indent)).enumerated().map { $0 == 0 ? $1 : pad + $1 }
    }
}

enum ShowJSON {
    static func object(_ stored: StoredStory, targets: [StoryID?], listedIn: [StoryID], catalog: Catalog) -> JSONValue {
        let members = stored.story.jsonMembers { index, item in
            .object(item.jsonMembers + [("story", .optional(targets[index]?.description))])
        }
        return .object([("id", .string(stored.id.description))] + members + stored.story.pageMembers() + [
            ("listedIn", .array(listedIn.map { .string($0.description) })),
            ("warnings", .array(stored.warnings.map(JSONValue.string))),
            ("source", .string(stored.source)),
        ])
    }
}
