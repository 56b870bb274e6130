/// The help overlay: every key, grouped, in a box over the screen; in two columns
/// when the screen is wide enough, so a normal terminal shows the whole map, and
/// scrolled with the movement keys when it is too short.
public enum HelpOverlayView {
    /// Draws the overlay listing `groups` over `screen`, `scroll` lines from its top.
    public static func draw(_ groups: [(name: String, lines: [HelpLayout.Line])], scroll: Int = 0, into buffer: inout ScreenBuffer, screen: Rect) {
        let layout = HelpLayout(width: screen.width, height: screen.height, groups: groups)
        let columns = layout.columns
        let twoColumns = columns.count == 2
        guard
            let box = OverlayBox.draw(
                width: twoColumns ? HelpLayout.columnWidth * 2 + 6 : 72, height: layout.visibleRows + 2, minimumWidth: 4,
                title: " Keys — ? or Esc closes ", fallback: "? closes help", into: &buffer, screen: screen)
        else { return }
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
