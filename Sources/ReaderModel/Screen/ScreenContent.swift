import StoryKit
import TerminalKit

/// The view data of each part of the screen, read from the state: the views draw these
/// and never see the state, so each can be tested alone with a handful of values.
enum ScreenContent {
    static func title(_ state: ReaderState) -> TitleBarView.Content {
        let filter = state.list.filter
        var kept = state.search.session.flatMap { !$0.query.isEmpty && !$0.isEditing ? $0.query : nil }
        if let current = state.views.current, let query = kept { kept = "\(state.views.searches[current].name): \(query)" }
        let terms = [filter.isActive ? filter.queryTerms : nil, kept].compactMap { $0 }
        return TitleBarView.Content(
            storyCount: state.storyCount, unreadCount: state.unreadCount, sort: state.listOrderName,
            view: terms.isEmpty ? nil : (terms.joined(separator: " "), state.order.count))
    }

    /// The lines the list shows from its first drawn row, and which of them is selected.
    ///
    /// Under day lines (the list in time order) each row shows its time, `~` marking an
    /// estimate, and nothing for a story known only by its day; without them (by agency, by
    /// best match) today's and yesterday's rows show the time and older ones the date.
    static func listRows(_ state: ReaderState, count: Int) -> (lines: [HeadlineListView.Line], selected: Int?) {
        let list = state.list
        let session = state.search.session.flatMap { $0.query.isEmpty ? nil : $0 }
        var selected: Int?
        let lines = list.lines(count: count).enumerated().map { offset, line -> HeadlineListView.Line in
            switch line {
            case .day(let day):
                return .day(dayName(day, today: state.today, style: state.preferences.dateStyle))
            case .story(let row):
                if row == list.selection { selected = offset }
                let index = list.order[row]
                let summary = state.summaries[Int(index)]
                let marks = state.marks[summary.id]
                return .story(
                    HeadlineListView.Row(
                        headline: summary.headline, agency: summary.agency, date: summary.date,
                        clock: clock(summary.time, underDayLine: list.showsDays, today: state.today), isRead: marks.isRead,
                        isStarred: marks.isStarred, matchesOnlyInText: session?.matchesOnlyInText(index) ?? false,
                        versions: max(1, state.versions.versions(of: index, in: state.summaries).count)))
            }
        }
        return (lines, selected)
    }

    /// The time column's text in place of the date, or nil for the date.
    static func clock(_ time: StoryTime, underDayLine: Bool, today: CalendarDate?) -> String? {
        if underDayLine { return time.kind == .undated ? nil : time.clockText ?? "" }
        guard let today, let day = time.date, let clock = time.clockText, (0...1).contains(today.dayNumber - day.dayNumber) else { return nil }
        return clock
    }

    /// `Today · Thursday 3 December 2026`, `Thursday 25 December 2025`, or with the ISO
    /// date style `Thursday 2025-12-25`; "Date not known" for undated stories.
    static func dayName(_ dayNumber: Int?, today: CalendarDate?, style: DateStyle) -> String {
        guard let dayNumber, let date = CalendarDate(dayNumber: dayNumber) else { return "Date not known" }
        let name = style == .iso ? "\(date.weekdayName) \(date)" : date.spelledOut
        switch today.map({ $0.dayNumber - dayNumber }) {
        case 0: return "Today · " + name
        case 1: return "Yesterday · " + name
        default: return name
        }
    }

    /// The views panel's rows: every story, then each saved search with its counts.
    static func viewRows(_ state: ReaderState) -> [SavedSearchesView.Row] {
        let views = state.views
        let all = SavedSearchesView.Row(
            name: "All stories", query: "", unread: state.unreadCount, total: state.storyCount, isCurrent: views.current == nil)
        return [all]
            + views.searches.enumerated().map { index, search in
                SavedSearchesView.Row(
                    name: search.name, query: search.query, unread: views.counts[index]?.unread, total: views.counts[index]?.total,
                    isCurrent: views.current == index)
            }
    }

    /// What an empty list says: how to import into an empty store, else how to see more.
    static func emptyList(_ state: ReaderState) -> [String] {
        state.summaries.isEmpty
            ? ["No stories yet.", "", "Import pages with", "  byline import PATH", "then start byline again."]
            : ["No story matches.", state.search.session != nil ? "Esc clears the search." : "c clears the filters."]
    }

    static func status(_ state: ReaderState, width: Int) -> StatusBarView.Content {
        if state.pipe.isEditing {
            return .prompt(
                label: "pipe \(state.pipe.form.rawValue) to (Tab: \(state.pipe.form == .text ? "saved page" : "story text")): ", text: state.pipe.command)
        }
        if let session = state.search.session, session.isEditing {
            return .search(
                query: session.query, headlineMatches: session.headlineMatchCount, bodyMatches: session.bodyMatchCount,
                bodySearchPending: session.bodySearchPending, problem: session.problem.map { "search \($0)" })
        }
        let position = state.order.isEmpty ? "" : " \(state.list.selection + 1)/\(state.rowCount) "
        return .line(state.message?.text ?? hints(state, width: width), isError: state.message?.kind == .error, position: position)
    }

    /// The keys that matter where the focus is.
    static func hints(_ state: ReaderState, width: Int) -> String {
        switch state.screen {
        case .browse:
            if state.views.isShown { return "↑↓ choose  Enter show  Esc close" }
            return width < 40 ? "? help  q quit" : "Enter read  / search  V views  s star  m read  ? help  q quit"
        case .reader:
            if state.focus == .latestNews { return "↑↓ choose  Enter jump  Tab text  q back" }
            if width < 40 { return "? help  q back" }
            let hasList = !(state.openStory?.itemTargets.isEmpty ?? true)
            let hasPage = !(state.openStory?.story.url?.isEmpty ?? true)
            return (hasList ? "1-9 jump  Tab latest  " : "") + "J/K next/prev  H back  " + (hasPage ? "b web page  " : "") + "? help  q back"
        }
    }
}

extension OpenStory {
    /// What the story view shows of it.
    var content: StoryView.Content { content(highlighting: nil) }

    /// What the story view shows of it, with a search's words marked.
    func content(highlighting highlighter: QueryHighlighter?) -> StoryView.Content {
        StoryView.Content(
            story: story, time: time, itemInStore: linksFound ? targets.map { $0 != nil } : targets.map { _ in true }, listedIn: listedIn.map(\.headline),
            versions: versions.map(Self.versionLine), newParagraphs: newParagraphs, alsoReported: alsoReported.map(Self.mentionLine),
            related: related.map(Self.mentionLine), highlighter: highlighter)
    }

    /// `Ferry crews accept pay deal — Reuters · 2026-01-04 14:20`.
    private static func mentionLine(_ mention: Mention) -> String {
        storyLine(mention.headline, about: [mention.agency, mention.time.dayAndClock ?? ""])
    }

    /// `(LEAD) Ferry crews accept pay deal — PTI · 2026-01-04 14:20 · 2 new paragraphs`.
    private static func versionLine(_ version: Version) -> String {
        let added = version.newParagraphs == 0 ? "nothing new" : "\(version.newParagraphs) new paragraph\(version.newParagraphs == 1 ? "" : "s")"
        return storyLine(version.headline, about: [version.agency, version.time.dayAndClock ?? "", added])
    }

    private static func storyLine(_ headline: String, about: [String]) -> String {
        let known = about.filter { !$0.isEmpty }
        return known.isEmpty ? headline : headline + " — " + known.joined(separator: " · ")
    }
}
