import ArgumentParser
import Foundation
import ReaderModel
import StoryKit
import StoryStore

/// `byline list`: the headline list on the command line.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List stored stories, newest first.",
        discussion: """
            Each line shows the story id, its date, N for unread and * for starred, the agency \
            and the headline. Filters combine.

            Examples:
              byline list --unread --limit 20
              byline list --agency IANS --since 2026-01-01
              byline list --search ferry --json
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @Flag(help: "Only unread stories.") var unread = false
    @Flag(help: "Only starred stories.") var starred = false
    @Option(help: "Only stories from this agency (any case).") var agency: String?
    @Option(help: ArgumentHelp("Only stories dated on or after this day.", valueName: "YYYY-MM-DD")) var since: String?
    @Option(help: "Only stories whose headline or text holds every word of this, in any order and any case (as the reader's search).") var search: String?
    @Option(help: "At most this many stories.") var limit: Int?
    @Flag(help: "Print one JSON object per story (JSON Lines).") var json = false

    func validate() throws {
        if let since, CalendarDate(iso: since) == nil { throw ValidationError("--since takes a date as YYYY-MM-DD, not \(since)") }
        if let limit, limit < 0 { throw ValidationError("--limit takes a number of stories, 0 or more") }
    }

    func run() throws {
        let store = try storeOptions.open()
        let state = store.readingState()
        let sinceDate = since.flatMap { CalendarDate(iso: $0) }
        let query = search.map { SearchQuery($0) }
        var shown = 0
        let catalog = store.catalog
        for entry in catalog.entries.sorted(by: StoryOrder.newestFirst) {
            if let limit, shown >= limit { break }
            let story = state[entry.id]
            if unread && story.isRead { continue }
            if starred && !story.isStarred { continue }
            if let agency, catalog.agency(entry).lowercased() != agency.lowercased() { continue }
            if let sinceDate, (entry.date.map { $0 < sinceDate } ?? true) { continue }
            let record = catalog.record(entry)
            if let query, !query.isEmpty, !matches(record, query, store: store) { continue }
            shown += 1
            if json {
                print(JSONValue.object([
                    ("id", .string(record.id.description)), ("headline", .string(record.headline)),
                    ("agency", .optional(record.agency.isEmpty ? nil : record.agency)),
                    ("place", .optional(record.place.isEmpty ? nil : record.place)),
                    ("date", .optional(record.date?.description)),
                    ("url", .optional(record.url.isEmpty ? nil : record.url)),
                    ("site", .optional(record.site.isEmpty ? nil : record.site)),
                    ("read", .bool(story.isRead)), ("starred", .bool(story.isStarred)),
                ]).compact)
            } else {
                let flags = (story.isRead ? " " : "N") + (story.isStarred ? "*" : " ")
                let agencyColumn = record.agency.padding(toLength: 8, withPad: " ", startingAt: 0)
                print("\(record.id)  \(record.date?.description ?? "----------")  \(flags)  \(SafeText.sanitised(agencyColumn))  \(SafeText.sanitised(record.headline))")
            }
        }
    }

    /// The reader's search: every word in the headline, place and agency (from the
    /// catalog), or every word in the text, read only when the headline misses.
    private func matches(_ record: CatalogRecord, _ query: SearchQuery, store: StoryStore) -> Bool {
        if query.matches(SearchQuery.headlineText(headline: record.headline, place: record.place, agency: record.agency)) { return true }
        guard let stored = try? store.story(record.id) else { return false }
        return query.matches(SearchQuery.bodyText(stored.story))
    }
}

/// The list's order: newest first, ties by id so the order is stable.
enum StoryOrder {
    static func newestFirst(_ a: CatalogEntry, _ b: CatalogEntry) -> Bool {
        a.sortMinute != b.sortMinute ? a.sortMinute > b.sortMinute : a.id < b.id
    }
}
