import ArgumentParser
import Foundation
import StoryKit
import StoryStore

/// `byline export`: stories out of the store, for leaving with your data or reading elsewhere.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write stories out as JSON, plain text, Markdown or an EPUB book.",
        discussion: """
            JSON (the default) is one story a line after a header line, with its latest-news \
            items, its read, star and position state, and the original page; `byline import` \
            reads such a file (named .json or .jsonl) back into any store without loss. Text \
            and Markdown are for reading. Stories come newest first. EPUB (written to the file \
            --output names) is a book for e-readers: a chapter a day, oldest first, with a table \
            of contents by day. --search picks stories by a query, as `byline search` does; \
            --saved-search by the name of a saved search in the configuration.

            Examples:
              byline export --output archive.jsonl
              byline export --format markdown --since 2026-01-01 > january.md
              byline export --format text 0f3a9c2e
              byline export --format epub --search 'agency:IANS after:2025-12-01' --output december.epub
              byline export --format epub --saved-search "Seoul weather" -o seoul.epub
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, text, markdown, epub }

    @OptionGroup var storeOptions: StoreOptions
    @Option(help: "json, text, markdown or epub.") var format: Format = .json
    @Option(help: "Only stories matching this query (the language of `byline search`).") var search: String?
    @Option(name: .customLong("saved-search"), help: "Only stories matching this saved search of the configuration.") var savedSearch: String?
    @Option(help: ArgumentHelp("Only stories dated on or after this day.", valueName: "YYYY-MM-DD")) var since: String?
    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.", completion: .file()) var output: String?
    @Argument(help: "Only these stories (ids or unique prefixes); all when none are given.") var ids: [String] = []

    func validate() throws {
        if let since, CalendarDate(iso: since) == nil { throw ValidationError("--since takes a date as YYYY-MM-DD, not \(since)") }
        if format == .epub && output == nil { throw ValidationError("--format epub writes a book to a file: name it with --output") }
        if search != nil && savedSearch != nil { throw ValidationError("--search and --saved-search pick stories two ways; give one") }
        if let search {
            do { _ = try StoryQuery(parsing: search) } catch { throw ValidationError("--search: \(error)") }
        }
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
        let state = store.readingState()
        let matching = try matchingStories(store, states: state)
        let entries = (chosen.isEmpty ? catalog.entries : chosen.compactMap(catalog.entry))
            .filter { entry in sinceDate.map { day in entry.date.map { $0 >= day } ?? false } ?? true }
            .filter { matching?.contains($0.id) ?? true }
            .sorted(by: StoryOrder.newestFirst)
        if format == .epub, let output {
            try writeBook(entries.compactMap { try? store.story($0.id).story }, to: output)
            return
        }
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
                text += StoryText(stored: stored, targets: targets, listedIn: links.stories(listing: entry.id), versions: [], store: store).render(width: 78)
                text += "\n" + String(repeating: "─", count: 78) + "\n\n"
            case .epub:
                break
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

    /// The stories the query or the saved search picks; nil when neither is given.
    private func matchingStories(_ store: StoryStore, states: ReadingState) throws -> Set<StoryID>? {
        var text = search
        if let name = savedSearch {
            guard let saved = storeOptions.loadSettings().0.searches.first(where: { $0.name == name }) else {
                StandardError.write("byline: no saved search is called “\(name)” (see [searches] in the configuration)")
                throw ExitCode(1)
            }
            text = saved.query
        }
        guard let text, let query = try? StoryQuery(parsing: text) else { return nil }
        let storeSearch = StoreSearch(store: store, environment: ProcessInfo.processInfo.environment)
        let answer = storeSearch.searchUpdatingIndex(query, order: .newest, limit: nil, showProgress: true) { states[$0] }
        if let note = answer.note { StandardError.write("byline: note: \(note)") }
        return Set(answer.ids)
    }

    private func writeBook(_ stories: [Story], to path: String) throws {
        let name = savedSearch ?? search.map { "“\($0)”" } ?? "stories"
        let book = EPUBBook(title: "Byline: \(name)", identifier: "urn:uuid:" + UUID().uuidString.lowercased(), modified: Date(), stories: stories)
        do {
            try EPUBArchive.write(book, to: path)
        } catch {
            StandardError.write("byline: cannot write \(path): \(error.localizedDescription)")
            throw ExitCode(1)
        }
        StandardError.write("byline: wrote \(stories.count) stories in \(book.chapters.count) chapters to \(path)")
    }
}

extension ExportCommand: OperandListCommand {
    var operands: [String] {
        get { ids }
        set { ids = newValue }
    }
}
