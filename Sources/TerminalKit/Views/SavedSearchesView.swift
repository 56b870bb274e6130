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
        guard
            let box = OverlayBox.draw(
                width: 76, height: rows.count + 4, minimumWidth: 12, title: " Views — Enter shows, Esc closes ", fallback: "V closes views",
                into: &buffer, screen: screen)
        else { return }
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
