import ArgumentParser
import Foundation
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
    @Option(help: "Only stories whose headline or text contains this (any case).") var search: String?
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
        let needle = search.map { HeadlineKey.normalised($0) }
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
            if let needle, !needle.isEmpty, !matches(record, needle: needle, store: store) { continue }
            shown += 1
            if json {
                print(JSONValue.object([
                    ("id", .string(record.id.description)), ("headline", .string(record.headline)),
                    ("agency", .optional(record.agency.isEmpty ? nil : record.agency)),
                    ("place", .optional(record.place.isEmpty ? nil : record.place)),
                    ("date", .optional(record.date?.description)),
                    ("read", .bool(story.isRead)), ("starred", .bool(story.isStarred)),
                ]).compact)
            } else {
                let flags = (story.isRead ? " " : "N") + (story.isStarred ? "*" : " ")
                let agencyColumn = record.agency.padding(toLength: 8, withPad: " ", startingAt: 0)
                print("\(record.id)  \(record.date?.description ?? "----------")  \(flags)  \(SafeText.sanitised(agencyColumn))  \(SafeText.sanitised(record.headline))")
            }
        }
    }

    /// Headline, place or agency first (from the catalog); the body only when those miss.
    private func matches(_ record: CatalogRecord, needle: String, store: StoryStore) -> Bool {
        for field in [record.headline, record.place, record.agency] where HeadlineKey.normalised(field).contains(needle) {
            return true
        }
        guard let stored = try? store.story(record.id) else { return false }
        return stored.story.body.contains { HeadlineKey.normalised($0).contains(needle) }
    }
}

/// The list's order: newest first, ties by id so the order is stable.
enum StoryOrder {
    static func newestFirst(_ a: CatalogEntry, _ b: CatalogEntry) -> Bool {
        a.sortMinute != b.sortMinute ? a.sortMinute > b.sortMinute : a.id < b.id
    }
}
