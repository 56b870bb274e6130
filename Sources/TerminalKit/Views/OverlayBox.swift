/// A framed box centred over the screen, for the overlays (help, views): filled,
/// bordered, with its title on the top border. When the screen is too small for a
/// frame it shows only `fallback` (how to close it) and gives back nil.
enum OverlayBox {
    static func draw(width: Int, height: Int, minimumWidth: Int, title: String, fallback: String, into buffer: inout ScreenBuffer, screen: Rect) -> Rect? {
        let boxWidth = min(screen.width, width)
        let boxHeight = min(screen.height, height)
        let box = Rect(x: screen.x + (screen.width - boxWidth) / 2, y: screen.y + (screen.height - boxHeight) / 2, width: boxWidth, height: boxHeight)
        buffer.fill(box, style: .help)
        guard box.width >= minimumWidth && box.height >= 3 else {
            buffer.put(fallback, x: box.x, y: box.y, style: .helpKey, limit: box.maxX)
            return nil
        }
        let horizontal = String(repeating: "─", count: box.width - 2)
        buffer.put("┌" + horizontal + "┐", x: box.x, y: box.y, style: .border, limit: box.maxX)
        buffer.put("└" + horizontal + "┘", x: box.x, y: box.maxY - 1, style: .border, limit: box.maxX)
        for row in box.y + 1..<box.maxY - 1 {
            buffer.put("│", x: box.x, y: row, style: .border)
            buffer.put("│", x: box.maxX - 1, y: row, style: .border)
        }
        buffer.put(title, x: box.x + 2, y: box.y, style: .helpKey, limit: box.maxX - 1)
        return box
    }
}
