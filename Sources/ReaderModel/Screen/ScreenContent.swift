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
            storyCount: state.summaries.count, unreadCount: state.marks.unreadCount, sort: state.listOrderName,
            view: terms.isEmpty ? nil : (terms.joined(separator: " "), state.order.count))
    }

    /// The rows the list shows from its first drawn row, and which of them is selected.
    static func listRows(_ state: ReaderState, count: Int) -> (rows: [HeadlineListView.Row], selected: Int?) {
        let list = state.list
        let session = state.search.session.flatMap { $0.query.isEmpty ? nil : $0 }
        let first = min(list.top, list.order.count)
        let shown = first..<max(first, min(list.order.count, list.top + count))
        let rows = shown.map { position in
            let index = list.order[position]
            let summary = state.summaries[Int(index)]
            let marks = state.marks[summary.id]
            return HeadlineListView.Row(
                headline: summary.headline, agency: summary.agency, date: summary.date, isRead: marks.isRead,
                isStarred: marks.isStarred, matchesOnlyInText: session?.matchesOnlyInText(index) ?? false)
        }
        return (rows, shown.contains(list.selection) ? list.selection - list.top : nil)
    }

    /// The views panel's rows: every story, then each saved search with its counts.
    static func viewRows(_ state: ReaderState) -> [SavedSearchesView.Row] {
        let views = state.views
        let all = SavedSearchesView.Row(
            name: "All stories", query: "", unread: state.marks.unreadCount, total: state.summaries.count, isCurrent: views.current == nil)
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
        let position = state.order.isEmpty ? "" : " \(state.list.selection + 1)/\(state.order.count) "
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
            let hasList = !(state.openStory?.story.latest.isEmpty ?? true)
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
        StoryView.Content(story: story, itemInStore: targets.map { $0 != nil }, listedIn: listedIn.map(\.headline), highlighter: highlighter)
    }
}
