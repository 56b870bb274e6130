import ArgumentParser
import Foundation
import StoryKit
import StoryStore

/// `byline export`: stories out of the store, for leaving with your data or reading elsewhere.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write stories out as JSON, plain text or Markdown.",
        discussion: """
            JSON (the default) is one story a line after a header line, with its latest-news \
            items, its read, star and position state, and the original page; `byline import` \
            reads such a file (named .json or .jsonl) back into any store without loss. Text \
            and Markdown are for reading. Stories come newest first.

            Examples:
              byline export --output archive.jsonl
              byline export --format markdown --since 2026-01-01 > january.md
              byline export --format text 0f3a9c2e
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, text, markdown }

    @OptionGroup var storeOptions: StoreOptions
    @Option(help: "json, text or markdown.") var format: Format = .json
    @Option(help: ArgumentHelp("Only stories dated on or after this day.", valueName: "YYYY-MM-DD")) var since: String?
    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.", completion: .file()) var output: String?
    @Argument(help: "Only these stories (ids or unique prefixes); all when none are given.") var ids: [String] = []

    func validate() throws {
        if let since, CalendarDate(iso: since) == nil { throw ValidationError("--since takes a date as YYYY-MM-DD, not \(since)") }
    }

    func run() throws {
        let store = try storeOptions.open()
        let catalog = store.catalog
        var chosen: [StoryID] = []
        for text in ids {
            switch catalog.resolve(text) {
            case .success(let id): chosen.append(id)
            case .failure(let error):
                StandardError.write("byline: \(error.message)")
                throw ExitCode(1)
            }
        }
        let sinceDate = since.flatMap { CalendarDate(iso: $0) }
        let entries = (chosen.isEmpty ? catalog.entries : chosen.compactMap(catalog.entry))
            .filter { entry in sinceDate.map { day in entry.date.map { $0 >= day } ?? false } ?? true }
            .sorted(by: StoryOrder.newestFirst)
        let state = store.readingState()
        let links = store.links
        var text = format == .json ? StoryExport.header + "\n" : ""
        var failed = false
        for entry in entries {
            guard let stored = try? store.story(entry.id) else {
                StandardError.write("byline: story \(entry.id) cannot be read; run `byline check --repair`")
                failed = true
                continue
            }
            switch format {
            case .json:
                text += StoryExport.line(stored, state: state[entry.id]) + "\n"
            case .text:
                let targets = stored.story.latest.map { links.resolve($0, from: entry.id) }
                text += StoryText(stored: stored, targets: targets, listedIn: links.stories(listing: entry.id), catalog: catalog).render(width: 78)
                text += "\n" + String(repeating: "─", count: 78) + "\n\n"
            case .markdown:
                text += MarkdownStory.render(stored, inStore: stored.story.latest.map { links.resolve($0, from: entry.id) != nil }) + "\n"
            }
        }
        if let output {
            do {
                try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
            } catch {
                StandardError.write("byline: cannot write \(output): \(error.localizedDescription)")
                throw ExitCode(1)
            }
        } else {
            print(text, terminator: "")
        }
        if failed { throw ExitCode(1) }
    }
}
