import ReaderModel
import StoryKit

/// The title bar: what is shown and how it is ordered.
public enum TitleBarView {
    public static func draw(_ state: ReaderState, into buffer: inout ScreenBuffer, rect: Rect) {
        guard !rect.isEmpty else { return }
        buffer.fill(rect, style: .title)
        var parts = ["Byline", "\(state.summaries.count) stories", "\(state.unreadCount) unread"]
        if rect.width >= 60 { parts.append(state.sort.rawValue) }
        if state.filter.isActive { parts.append("only " + state.filter.summary) }
        if let search = state.search, !search.query.isEmpty, !search.isEditing { parts.append("search “\(search.query)”: \(state.order.count)") }
        buffer.put(TextWrapper.truncate(" " + parts.joined(separator: " · "), width: rect.width), x: rect.x, y: rect.y, style: .title, limit: rect.maxX)
    }
}

/// The status line: the search being typed, a message, or the keys that matter here.
public enum StatusBarView {
    public static func draw(_ state: ReaderState, into buffer: inout ScreenBuffer, rect: Rect) {
        guard !rect.isEmpty else { return }
        if let search = state.search, search.isEditing {
            buffer.fill(rect, style: .normal)
            let pending = search.bodySearchPending ? ", searching text…" : ""
            let count = " (\(search.headlineMatches.count) in headlines, \(search.bodyMatches.count) in text\(pending))"
            var x = buffer.put("/", x: rect.x, y: rect.y, style: .searchPrompt, limit: rect.maxX)
            x = buffer.put(search.query, x: x, y: rect.y, style: .normal, limit: rect.maxX)
            x = buffer.put("▏", x: x, y: rect.y, style: .searchPrompt, limit: rect.maxX)
            buffer.put(TextWrapper.truncate(count, width: rect.maxX - x), x: x, y: rect.y, style: .meta, limit: rect.maxX)
            return
        }
        let style: Style = state.message?.kind == .error ? .statusError : .status
        buffer.fill(rect, style: style)
        let position = state.order.isEmpty ? "" : " \(state.selection + 1)/\(state.order.count) "
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
            return width < 40 ? "? help  q back" : "1-9 jump  Tab latest  J/K next/prev  H back  ? help  q back"
        }
    }
}

/// The help overlay: every key, grouped, in a box over the screen.
public enum HelpOverlayView {
    public static func draw(into buffer: inout ScreenBuffer, screen: Rect) {
        var lines: [(String, String)] = []
        for group in KeyMap.help {
            if !lines.isEmpty { lines.append(("", "")) }
            lines.append((group.group, ""))
            for binding in group.bindings { lines.append((binding.keys, binding.meaning)) }
        }
        let keyWidth = 18
        let boxWidth = min(screen.width, 72)
        let boxHeight = min(screen.height, lines.count + 4)
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
        let inner = Rect(x: box.x + 2, y: box.y + 1, width: box.width - 4, height: box.height - 2)
        let visible = lines.count > inner.height ? Array(lines.prefix(max(0, inner.height - 1))) + [("…", "(a bigger window shows every key)")] : lines
        for (row, line) in visible.prefix(inner.height).enumerated() {
            let y = inner.y + row
            if line.1.isEmpty {
                buffer.put(line.0, x: inner.x, y: y, style: .sectionHeading, limit: inner.maxX)
            } else {
                let x = buffer.put(TextWrapper.fit(line.0, width: min(keyWidth, inner.width / 2)), x: inner.x, y: y, style: .helpKey, limit: inner.maxX)
                buffer.put(TextWrapper.truncate(line.1, width: inner.maxX - x - 1), x: x + 1, y: y, style: .help, limit: inner.maxX)
            }
        }
    }
}
