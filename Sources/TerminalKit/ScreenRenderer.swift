import ReaderModel
import StoryKit

/// Draws the whole screen from the state: a pure function of state and size, with
/// a small cache of the open story's wrapped lines so a frame costs well under a
/// millisecond however large the store.
public final class ScreenRenderer {
    private var cachedKey: (id: StoryID, width: Int, selected: Int?, dateStyle: DisplayPreferences.DateStyle)?
    private var cachedLines: [StyledLine] = []

    public init() {}

    public func render(_ state: ReaderState, width: Int, height: Int) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: width, height: height)
        guard width > 0, height > 0 else { return buffer }
        let layout = ScreenLayout.make(width: width, height: height, screen: state.screen, listPercent: state.preferences.listPercent)
        if let title = layout.title { TitleBarView.draw(state, into: &buffer, rect: title) }
        if let list = layout.list { HeadlineListView.draw(state, into: &buffer, rect: list) }
        if let divider = layout.divider {
            let vertical = divider.width == 1 && divider.height > 1
            for row in 0..<divider.height {
                buffer.put(vertical ? "│" : String(repeating: "─", count: divider.width), x: divider.x, y: divider.y + row, style: .border, limit: divider.maxX)
            }
        }
        if let rect = layout.story, let open = state.openStory {
            let selected = state.screen == .reader && state.focus == .latestNews ? state.story.latestSelection : nil
            let lines = storyLines(open, width: rect.width, selected: selected, dateStyle: state.preferences.dateStyle)
            var scroll = min(open.scroll, max(0, lines.count - rect.height))
            if let selected, let line = StoryView.line(ofItem: selected, in: lines), line >= scroll + rect.height || line < scroll {
                scroll = max(0, min(line, lines.count - rect.height))
            }
            StoryView.draw(lines, scroll: scroll, into: &buffer, rect: rect)
        } else if let rect = layout.story, !rect.isEmpty, !state.summaries.isEmpty {
            buffer.put("Select a story to read it here.", x: rect.x, y: rect.y, style: .meta, limit: rect.maxX)
        }
        if let status = layout.status { StatusBarView.draw(state, into: &buffer, rect: status) }
        if state.help.isShown { HelpOverlayView.draw(into: &buffer, screen: Rect(x: 0, y: 0, width: width, height: height), bindings: state.bindings, scroll: state.help.scroll) }
        return buffer
    }

    private func storyLines(_ open: OpenStory, width: Int, selected: Int?, dateStyle: DisplayPreferences.DateStyle) -> [StyledLine] {
        if let key = cachedKey, key.id == open.id, key.width == width, key.selected == selected, key.dateStyle == dateStyle { return cachedLines }
        cachedLines = StoryView.lines(open, width: width, selectedItem: selected, dateStyle: dateStyle)
        cachedKey = (open.id, width, selected, dateStyle)
        return cachedLines
    }

    /// How many lines a story takes at a width: the view-model's measure.
    public static let measure: @Sendable (OpenStory, Int) -> Int = { open, width in
        StoryView.lines(open, width: width).count
    }
}
