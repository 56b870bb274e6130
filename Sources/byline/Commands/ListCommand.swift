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
            Each line shows the story id, its date and time (`~14:20` is an estimate, see the \
            README on story times), N for unread and * for starred, the agency and the \
            headline. Filters combine.

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
    @Option(help: "Only stories matching this query, in the language of `byline search` and the reader's /.") var search: String?
    @Option(help: "At most this many stories.") var limit: Int?
    @Option(help: "Versions of one story: only the newest that the filters let through (the reader's one row), or every one.")
    var versions: VersionChoice = .newest
    @Flag(help: "Print one JSON object per story (JSON Lines).") var json = false

    func validate() throws {
        if let since, CalendarDate(iso: since) == nil { throw ValidationError("--since takes a date as YYYY-MM-DD, not \(since)") }
        if let limit, limit < 0 { throw ValidationError("--limit takes a number of stories, 0 or more") }
        if let search {
            do {
                _ = try StoryQuery(parsing: search)
            } catch {
                throw ValidationError("--search: \(error)")
            }
        }
    }

    func run() throws {
        let store = try storeOptions.open()
        // Taken before the search, which may walk the catalog (an index to bring up to date):
        // the listing stays usable.
        let listing = store.listing
        let state = store.readingState()
        // The reader's own rules: its order, its filter and its search.
        let filter = ListFilter(unreadOnly: unread, starredOnly: starred, agency: agency, since: since.flatMap { CalendarDate(iso: $0) })
        // The search runs once, through the index; the list keeps its own order.
        var matching: Set<StoryID>?
        if let search, let query = try? StoryQuery(parsing: search), !query.matchesEverything {
            let environment = ProcessInfo.processInfo.environment
            if let index = StoreSearch.currentIndex(ofUnwalked: store, environment: environment),
                let ids = try? index.search(query, order: .newest, marks: { state[$0] })
            {
                matching = Set(ids)
            } else {
                let storeSearch = StoreSearch(store: store, environment: environment)
                let answer = storeSearch.searchUpdatingIndex(query, order: .newest, limit: nil, showProgress: !json) { state[$0] }
                if let note = answer.note { StandardError.write("byline: note: \(note)") }
                matching = Set(answer.ids)
            }
        }
        let admits = { (summary: StorySummary) in
            filter.admits(agency: summary.agency, date: summary.date, marks: state[summary.id]) && matching.map { $0.contains(summary.id) } ?? true
        }
        let wanted = max(0, limit ?? Int.max)
        if let listing,
            let lines = lines(
                wanted: wanted, state: state, admits: admits, fields: listing.fields, memberCount: listing.memberCount,
                eachNewestFirst: listing.forEachNewestFirst)
        {
            for line in lines { print(line) }
            return
        }
        // No lookup for the catalog file, or its front turned out damaged: the same lines
        // from the walked catalog, in the same order.
        let catalog = store.catalog
        let newestFirst = catalog.entries.sorted(by: CatalogListing.isNewer)
        var members: [UInt64: Int] = [:]
        for entry in catalog.entries where entry.versionGroup != 0 { members[entry.versionGroup, default: 0] += 1 }
        let walked = lines(wanted: wanted, state: state, admits: admits, fields: catalog, memberCount: { members[$0] ?? 0 }) { body in
            for entry in newestFirst where !body(entry) { break }
            return true
        }
        for line in walked ?? [] { print(line) }
    }

    /// The lines of the stories `eachNewestFirst` gives, newest first, until `wanted` are
    /// found; `fields` reads their strings, `memberCount` tells how many stories share a
    /// version group. Nil when the stories' source turned out damaged part way.
    private func lines(
        wanted: Int, state: ReadingState, admits: @escaping (StorySummary) -> Bool, fields: Catalog, memberCount: @escaping (UInt64) -> Int,
        eachNewestFirst: ((CatalogEntry) -> Bool) -> Bool
    ) -> [String]? {
        var lines: [String] = []
        guard wanted > 0 else { return lines }
        // Newest first, the first version of a group that the filters let through is its
        // newest: the reader's one row per group.
        var shownGroups: Set<UInt64> = []
        let whole = eachNewestFirst { entry in
            let summary = StoreLibrary.summary(of: entry, in: fields)
            guard admits(summary) else { return true }
            if versions == .newest && entry.versionGroup != 0 && !shownGroups.insert(entry.versionGroup).inserted { return true }
            let versionCount = max(1, entry.versionGroup == 0 ? 0 : memberCount(entry.versionGroup))
            lines.append(line(summary, state[entry.id], versions: versionCount, url: fields.url(entry), site: fields.site(entry)))
            return lines.count < wanted
        }
        return whole ? lines : nil
    }

    private func line(_ summary: StorySummary, _ marks: StoryState, versions: Int, url: String?, site: String?) -> String {
        if json {
            let url = url ?? "", site = site ?? ""
            return JSONValue.object(
                [
                    ("id", .string(summary.id.description)), ("headline", .string(summary.headline)),
                    ("agency", .optional(summary.agency.isEmpty ? nil : summary.agency)),
                    ("place", .optional(summary.place.isEmpty ? nil : summary.place)),
                    ("date", .optional(summary.date?.description)),
                ] + ShowJSON.timeMembers(summary.time) + [
                    ("url", .optional(url.isEmpty ? nil : url)),
                    ("site", .optional(site.isEmpty ? nil : site)),
                    ("read", .bool(marks.isRead)), ("starred", .bool(marks.isStarred)),
                    ("versions", .number(versions)),
                    ("versionGroup", .optional(versions > 1 ? String(summary.versionGroup, radix: 16) : nil)),
                ]
            ).compact
        }
        let flags = (marks.isRead ? " " : "N") + (marks.isStarred ? "*" : " ")
        let agencyColumn = summary.agency.padding(toLength: 8, withPad: " ", startingAt: 0)
        let clock = (summary.time.clockText ?? "").padding(toLength: 6, withPad: " ", startingAt: 0)
        let day = summary.date?.description ?? summary.time.date?.description ?? "----------"
        let badge = versions > 1 && self.versions == .newest ? "  (\(versions) versions)" : ""
        return "\(summary.id)  \(day) \(clock)  \(flags)  \(SafeText.sanitised(agencyColumn))  \(SafeText.sanitised(summary.headline))\(badge)"
    }
}

/// `--versions`: how `list` shows the versions of one story.
enum VersionChoice: String, ExpressibleByArgument, CaseIterable {
    case newest, all
}
