/// The line between the list and the reading pane: a column when they sit side by
/// side, a row when the pane is below.
public enum DividerView {
    public static func draw(into buffer: inout ScreenBuffer, rect: Rect) {
        let vertical = rect.width == 1 && rect.height > 1
        for row in 0..<rect.height {
            buffer.put(vertical ? "│" : String(repeating: "─", count: rect.width), x: rect.x, y: rect.y + row, style: .border, limit: rect.maxX)
        }
    }
}
