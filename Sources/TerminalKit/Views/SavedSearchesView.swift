/// The views panel: every story, then each saved search with its query and how many
/// of its stories are unread, in a box over the screen; the selected row reversed.
public enum SavedSearchesView {
    /// One view as the panel lists it; `unread` and `total` are nil until counted.
    public struct Row: Hashable, Sendable {
        public var name: String
        public var query: String
        public var unread: Int?
        public var total: Int?
        public var isCurrent: Bool

        public init(name: String, query: String, unread: Int?, total: Int?, isCurrent: Bool) {
            self.name = name
            self.query = query
            self.unread = unread
            self.total = total
            self.isCurrent = isCurrent
        }
    }

    public static func draw(_ rows: [Row], selected: Int, into buffer: inout ScreenBuffer, screen: Rect) {
        let boxWidth = min(screen.width, 76)
        let boxHeight = min(screen.height, rows.count + 4)
        let box = Rect(x: screen.x + (screen.width - boxWidth) / 2, y: screen.y + (screen.height - boxHeight) / 2, width: boxWidth, height: boxHeight)
        buffer.fill(box, style: .help)
        guard box.width >= 12 && box.height >= 3 else {
            buffer.put("V closes views", x: box.x, y: box.y, style: .helpKey, limit: box.maxX)
            return
        }
        let horizontal = String(repeating: "─", count: box.width - 2)
        buffer.put("┌" + horizontal + "┐", x: box.x, y: box.y, style: .border, limit: box.maxX)
        buffer.put("└" + horizontal + "┘", x: box.x, y: box.maxY - 1, style: .border, limit: box.maxX)
        for row in box.y + 1..<box.maxY - 1 {
            buffer.put("│", x: box.x, y: row, style: .border)
            buffer.put("│", x: box.maxX - 1, y: row, style: .border)
        }
        buffer.put(" Views — Enter shows, Esc closes ", x: box.x + 2, y: box.y, style: .helpKey, limit: box.maxX - 1)
        let inner = Rect(x: box.x + 2, y: box.y + 2, width: box.width - 4, height: box.height - 4)
        // Keep the selected row in view when there are more views than rows.
        let first = max(0, min(selected - inner.height + 1, rows.count - inner.height))
        let nameWidth = min(24, max(8, inner.width / 3))
        for (offset, row) in rows.dropFirst(first).prefix(inner.height).enumerated() {
            let y = inner.y + offset
            let count = row.total.map { total in "\(row.unread ?? 0) unread / \(total)" } ?? "counting…"
            let countWidth = DisplayWidth.of(count)
            var x = buffer.put(row.isCurrent ? "▸ " : "  ", x: inner.x, y: y, style: .helpKey, limit: inner.maxX)
            x = buffer.put(TextWrapper.fit(row.name, width: nameWidth) + " ", x: x, y: y, style: .help, limit: inner.maxX)
            let room = max(0, inner.maxX - x - countWidth - 1)
            buffer.put(TextWrapper.truncate(row.query, width: room), x: x, y: y, style: .meta, limit: x + room)
            buffer.put(count, x: inner.maxX - countWidth, y: y, style: .helpKey, limit: inner.maxX)
            if first + offset == selected {
                buffer.restyle(Rect(x: inner.x, y: y, width: inner.width, height: 1)) { style in
                    var marked = style
                    marked.reverse = true
                    marked.role = .selection
                    return marked
                }
            }
        }
    }
}
