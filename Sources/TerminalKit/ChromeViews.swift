import ReaderModel
import StoryKit

/// The title bar: what is shown and how it is ordered.
public enum TitleBarView {
    public static func draw(_ state: ReaderState, into buffer: inout ScreenBuffer, rect: Rect) {
        guard !rect.isEmpty else { return }
        buffer.fill(rect, style: .title)
        var parts = ["Byline", "\(state.summaries.count) stories", "\(state.marks.unreadCount) unread"]
        if rect.width >= 60 { parts.append(state.list.sort.rawValue) }
        if state.list.filter.isActive { parts.append("only " + state.list.filter.summary) }
        if let search = state.search.session, !search.query.isEmpty, !search.isEditing { parts.append("search “\(search.query)”: \(state.order.count)") }
        buffer.put(TextWrapper.truncate(" " + parts.joined(separator: " · "), width: rect.width), x: rect.x, y: rect.y, style: .title, limit: rect.maxX)
    }
}

/// The status line: the search being typed, a message, or the keys that matter here.
public enum StatusBarView {
    public static func draw(_ state: ReaderState, into buffer: inout ScreenBuffer, rect: Rect) {
        guard !rect.isEmpty else { return }
        if let search = state.search.session, search.isEditing {
            buffer.fill(rect, style: .normal)
            let pending = search.bodySearchPending ? ", searching text…" : ""
            let count = " (\(search.headlineMatchCount) in headlines, \(search.bodyMatchCount) in text\(pending))"
            var x = buffer.put("/", x: rect.x, y: rect.y, style: .searchPrompt, limit: rect.maxX)
            x = buffer.put(search.query, x: x, y: rect.y, style: .normal, limit: rect.maxX)
            x = buffer.put("▏", x: x, y: rect.y, style: .searchPrompt, limit: rect.maxX)
            buffer.put(TextWrapper.truncate(count, width: rect.maxX - x), x: x, y: rect.y, style: .meta, limit: rect.maxX)
            return
        }
        let style: Style = state.message?.kind == .error ? .statusError : .status
        buffer.fill(rect, style: style)
        let position = state.order.isEmpty ? "" : " \(state.list.selection + 1)/\(state.order.count) "
        let left = state.message?.text ?? hints(for: state, width: rect.width)
        let room = max(0, rect.width - DisplayWidth.of(position))
        buffer.put(TextWrapper.truncate(" " + left, width: room), x: rect.x, y: rect.y, style: style, limit: rect.x + room)
        buffer.put(position, x: rect.maxX - DisplayWidth.of(position), y: rect.y, style: style, limit: rect.maxX)
    }

    static func hints(for state: ReaderState, width: Int) -> String {
        switch state.screen {
        case .browse: return width < 40 ? "? help  q quit" : "Enter read  / search  s star  m read  ? help  q quit"
        case .reader:
            if state.focus == .latestNews { return "↑↓ choose  Enter jump  Tab text  q back" }
            if width < 40 { return "? help  q back" }
            let hasList = !(state.openStory?.story.latest.isEmpty ?? true)
            return (hasList ? "1-9 jump  Tab latest  " : "") + "J/K next/prev  H back  ? help  q back"
        }
    }
}

/// The help overlay: every key, grouped, in a box over the screen; in two columns
/// when the screen is wide enough, so a normal terminal shows the whole map, and
/// scrolled with the movement keys when it is too short.
public enum HelpOverlayView {
    public static func draw(into buffer: inout ScreenBuffer, screen: Rect, bindings: KeyBindings, scroll: Int = 0) {
        let layout = HelpLayout(width: screen.width, height: screen.height, bindings: bindings)
        let columns = layout.columns
        let twoColumns = columns.count == 2
        let boxWidth = min(screen.width, twoColumns ? HelpLayout.columnWidth * 2 + 6 : 72)
        let boxHeight = min(screen.height, layout.visibleRows + 2)
        let box = Rect(x: screen.x + (screen.width - boxWidth) / 2, y: screen.y + (screen.height - boxHeight) / 2, width: boxWidth, height: boxHeight)
        buffer.fill(box, style: .help)
        guard box.width >= 4 && box.height >= 3 else {
            buffer.put("? closes help", x: box.x, y: box.y, style: .helpKey, limit: box.maxX)
            return
        }
        let horizontal = String(repeating: "─", count: box.width - 2)
        buffer.put("┌" + horizontal + "┐", x: box.x, y: box.y, style: .border, limit: box.maxX)
        buffer.put("└" + horizontal + "┘", x: box.x, y: box.maxY - 1, style: .border, limit: box.maxX)
        for row in box.y + 1..<box.maxY - 1 {
            buffer.put("│", x: box.x, y: row, style: .border)
            buffer.put("│", x: box.maxX - 1, y: row, style: .border)
        }
        buffer.put(" Keys — ? or Esc closes ", x: box.x + 2, y: box.y, style: .helpKey, limit: box.maxX - 1)
        let offset = min(max(0, scroll), layout.maximumScroll)
        if layout.maximumScroll > 0 {
            // Which part is shown, on the bottom border: "↓ j/k scroll 3/12".
            let more = (offset > 0 ? "↑" : "") + (offset < layout.maximumScroll ? "↓" : "")
            let note = " \(more) more · \(offset + layout.visibleRows)/\(layout.contentRows) "
            let x = max(box.x + 1, box.maxX - 2 - DisplayWidth.of(note))
            buffer.put(note, x: x, y: box.maxY - 1, style: .helpKey, limit: box.maxX - 1)
        }
        let innerWidth = (box.width - 4 - (columns.count - 1) * 2) / columns.count
        for (index, column) in columns.enumerated() {
            let inner = Rect(x: box.x + 2 + index * (innerWidth + 2), y: box.y + 1, width: innerWidth, height: box.height - 2)
            draw(Array(column.dropFirst(offset)), keyWidthFrom: column, into: &buffer, rect: inner)
        }
    }

    private static func draw(_ lines: [HelpLayout.Line], keyWidthFrom column: [HelpLayout.Line], into buffer: inout ScreenBuffer, rect inner: Rect) {
        // The key column's width comes from the whole column, so it does not shift while scrolling.
        let keyWidth = min((column.filter { !$0.meaning.isEmpty }.map { DisplayWidth.of($0.keys) }.max() ?? 0) + 1, inner.width / 2)
        for (row, line) in lines.prefix(inner.height).enumerated() {
            let y = inner.y + row
            if line.meaning.isEmpty {
                buffer.put(line.keys, x: inner.x, y: y, style: .sectionHeading, limit: inner.maxX)
            } else {
                let x = buffer.put(TextWrapper.fit(line.keys, width: keyWidth), x: inner.x, y: y, style: .helpKey, limit: inner.maxX)
                buffer.put(TextWrapper.truncate(line.meaning, width: inner.maxX - x - 1), x: x + 1, y: y, style: .help, limit: inner.maxX)
            }
        }
    }
}
