import StoryKit
import TerminalKit

/// Draws the whole screen from the state: each view gets the few values it shows.
/// A pure function of state and size, with a small cache of the open story's wrapped
/// lines so a frame costs well under a millisecond however large the store.
public final class ScreenRenderer {
    private var cachedKey: (id: StoryID, width: Int, selected: Int?, dateStyle: DateStyle, query: String?, neighbours: StoryNeighbours?)?
    private var cachedLines: [StyledLine] = []

    public init() {}

    public func render(_ state: ReaderState, width: Int, height: Int) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: width, height: height)
        guard width > 0, height > 0 else { return buffer }
        let layout = ScreenLayout.make(width: width, height: height, screen: state.screen, listPercent: state.preferences.listPercent)
        if let title = layout.title { TitleBarView.draw(ScreenContent.title(state), into: &buffer, rect: title) }
        if let list = layout.list {
            if state.order.isEmpty {
                HeadlineListView.drawPlaceholder(ScreenContent.emptyList(state), into: &buffer, rect: list)
            } else {
                let (lines, selected) = ScreenContent.listRows(state, count: list.height)
                HeadlineListView.draw(
                    lines: lines, selected: selected, focused: state.focus == .list, dateStyle: state.preferences.dateStyle,
                    highlighter: state.search.highlighter, into: &buffer, rect: list)
            }
        }
        if let divider = layout.divider { DividerView.draw(into: &buffer, rect: divider) }
        if let rect = layout.story, let open = state.openStory {
            drawStory(open, state: state, into: &buffer, rect: rect)
        } else if let rect = layout.story, !rect.isEmpty, !state.summaries.isEmpty {
            buffer.put("Select a story to read it here.", x: rect.x, y: rect.y, style: .meta, limit: rect.maxX)
        }
        if let status = layout.status { StatusBarView.draw(ScreenContent.status(state, width: status.width), into: &buffer, rect: status) }
        if state.views.isShown {
            SavedSearchesView.draw(
                ScreenContent.viewRows(state), selected: state.views.row, into: &buffer, screen: Rect(x: 0, y: 0, width: width, height: height))
        }
        if state.help.isShown {
            HelpOverlayView.draw(
                HelpContents.groups(state.bindings), scroll: state.help.scroll, into: &buffer, screen: Rect(x: 0, y: 0, width: width, height: height))
        }
        return buffer
    }

    /// The story from the line the model scrolled to; while an item of its latest-news
    /// list is chosen, from that item's line when it would be out of view.
    private func drawStory(_ open: OpenStory, state: ReaderState, into buffer: inout ScreenBuffer, rect: Rect) {
        let selected = state.screen == .reader && state.focus == .latestNews ? state.story.latestSelection : nil
        let lines = storyLines(open, width: rect.width, selected: selected, dateStyle: state.preferences.dateStyle, search: state.search)
        var top = open.scroll
        if let selected, let line = StoryView.line(ofItem: selected, in: lines), line >= top + rect.height || line < top {
            top = max(0, min(line, lines.count - rect.height))
        }
        StoryView.draw(lines, top: top, into: &buffer, rect: rect)
    }

    private func storyLines(_ open: OpenStory, width: Int, selected: Int?, dateStyle: DateStyle, search: StorySearch) -> [StyledLine] {
        let highlighter = search.highlighter
        let query = highlighter == nil ? nil : search.session?.query
        if let key = cachedKey, key.id == open.id, key.width == width, key.selected == selected, key.dateStyle == dateStyle, key.query == query,
            key.neighbours == open.neighbours
        {
            return cachedLines
        }
        cachedLines = StoryView.lines(open.content(highlighting: highlighter), width: width, selectedItem: selected, dateStyle: dateStyle)
        cachedKey = (open.id, width, selected, dateStyle, query, open.neighbours)
        return cachedLines
    }

    /// How many lines a story takes at a width: the view-model's measure.
    public static let measure: @Sendable (OpenStory, Int) -> Int = { open, width in
        StoryView.lines(open.content, width: width).count
    }
}
