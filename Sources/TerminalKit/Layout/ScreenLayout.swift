/// Where each part of the screen goes, as a pure function of the terminal size:
/// side by side from 100 columns, stacked below that, one pane under 60 columns
/// or 12 rows, and still a usable screen at 20×6.
public struct ScreenLayout: Hashable, Sendable {
    public enum Arrangement: Hashable, Sendable { case sideBySide, stacked, singlePane }

    /// What the screen shows: the list with a reading pane, or one story filling it.
    public enum Mode: Hashable, Sendable { case browse, reader }

    public var arrangement: Arrangement
    public var title: Rect?
    public var list: Rect?
    public var story: Rect?
    /// A line or column between list and story.
    public var divider: Rect?
    public var status: Rect?

    public static func make(width: Int, height: Int, mode: Mode, listPercent: Int = 40) -> ScreenLayout {
        let arrangement: Arrangement = width < 60 || height < 12 ? .singlePane : (width >= 100 ? .sideBySide : .stacked)
        var layout = ScreenLayout(arrangement: arrangement)
        guard width > 0, height > 0 else { return layout }
        layout.status = Rect(x: 0, y: height - 1, width: width, height: 1)
        let hasTitle = height >= 4
        if hasTitle { layout.title = Rect(x: 0, y: 0, width: width, height: 1) }
        let top = hasTitle ? 1 : 0
        let rows = max(0, height - 1 - top)
        if mode == .reader {
            // Long lines tire the eye: the reader keeps text to a column of 80 at most, centred.
            let margin = min(1, width / 40)
            let textWidth = min(width - 2 * margin, 80)
            layout.story = Rect(x: (width - textWidth) / 2, y: top, width: textWidth, height: rows)
            return layout
        }
        switch arrangement {
        case .singlePane:
            layout.list = Rect(x: 0, y: top, width: width, height: rows)
        case .sideBySide:
            let listWidth = min(max(30, width * min(max(listPercent, 20), 80) / 100), width - 30)
            layout.list = Rect(x: 0, y: top, width: listWidth, height: rows)
            layout.divider = Rect(x: listWidth, y: top, width: 1, height: rows)
            layout.story = Rect(x: listWidth + 2, y: top, width: width - listWidth - 3, height: rows)
        case .stacked:
            let listRows = max(3, rows * 2 / 5)
            layout.list = Rect(x: 0, y: top, width: width, height: listRows)
            layout.divider = Rect(x: 0, y: top + listRows, width: width, height: 1)
            layout.story = Rect(x: 1, y: top + listRows + 1, width: width - 2, height: rows - listRows - 1)
        }
        return layout
    }
}
