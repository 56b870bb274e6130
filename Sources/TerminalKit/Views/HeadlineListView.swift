import StoryKit

/// The headline list: one story a row with its unread and star marks, time or date and
/// agency, and lines naming the day above each day's rows. It draws the lines it is given
/// from the top of its rectangle; which lines those are (the window the list is
/// scrolled to) is the caller's business.
public enum HeadlineListView {
    /// One line of the list.
    public enum Line: Hashable, Sendable {
        case story(Row)
        /// `Thursday 25 December 2025`, drawn across the list as a rule.
        case day(String)
    }

    /// What one row shows.
    public struct Row: Hashable, Sendable {
        public var headline: String
        public var agency: String
        public var date: CalendarDate?
        /// Shown instead of the date when set (`14:20`, `~14:20`, or empty under a day line
        /// for a story known only by its day).
        public var clock: String?
        public var isRead: Bool
        public var isStarred: Bool
        /// Found by a search in the story's text only (marked `≈`).
        public var matchesOnlyInText: Bool
        /// How many versions of the story the row stands for (shown from 2: `3 versions`).
        public var versions: Int

        public init(
            headline: String, agency: String, date: CalendarDate?, clock: String? = nil, isRead: Bool, isStarred: Bool, matchesOnlyInText: Bool = false,
            versions: Int = 1
        ) {
            self.headline = headline
            self.agency = agency
            self.date = date
            self.clock = clock
            self.isRead = isRead
            self.isStarred = isStarred
            self.matchesOnlyInText = matchesOnlyInText
            self.versions = versions
        }
    }

    /// Draws rows alone (a list without day lines).
    public static func draw(
        _ rows: [Row], selected: Int?, focused: Bool, dateStyle: DateStyle, highlighter: QueryHighlighter? = nil, into buffer: inout ScreenBuffer, rect: Rect
    ) {
        draw(lines: rows.map(Line.story), selected: selected, focused: focused, dateStyle: dateStyle, highlighter: highlighter, into: &buffer, rect: rect)
    }

    /// Draws `lines`; `selected` is the selected row's index among them, if it is drawn,
    /// shown reversed when the list has the focus and underlined when it has not.
    /// `highlighter` marks the words a search found in the headlines.
    public static func draw(
        lines: [Line], selected: Int?, focused: Bool, dateStyle: DateStyle, highlighter: QueryHighlighter? = nil, into buffer: inout ScreenBuffer,
        rect: Rect
    ) {
        guard !rect.isEmpty else { return }
        let showsDate = rect.width >= 40
        let showsAgency = rect.width >= 46
        for (offset, line) in lines.prefix(rect.height).enumerated() {
            let y = rect.y + offset
            guard case .story(let row) = line else {
                if case .day(let name) = line { drawDay(name, y: y, into: &buffer, rect: rect) }
                continue
            }
            var x = rect.x
            x = buffer.put(row.isRead ? " " : "•", x: x, y: y, style: .unread, limit: rect.maxX)
            x = buffer.put(row.isStarred ? "★" : " ", x: x, y: y, style: .starred, limit: rect.maxX)
            x = buffer.put(" ", x: x, y: y, limit: rect.maxX)
            if showsDate {
                // Clocks are right-aligned, so the minutes line up whether or not a `~` marks an estimate.
                let column =
                    row.clock.map { String(repeating: " ", count: max(0, 6 - DisplayWidth.of($0))) + TextWrapper.truncate($0, width: 6) }
                    ?? DateText.column(row.date, style: dateStyle)
                x = buffer.put(column + " ", x: x, y: y, style: .meta, limit: rect.maxX)
            }
            if showsAgency { x = buffer.put(TextWrapper.fit(row.agency, width: 7) + " ", x: x, y: y, style: .meta, limit: rect.maxX) }
            if row.matchesOnlyInText { x = buffer.put("≈ ", x: x, y: y, style: row.isRead ? .normal : .unread, limit: rect.maxX) }
            // A story filed several times: `3 versions` after the headline, `×3` when narrow.
            let badge = row.versions < 2 ? "" : rect.width >= 60 ? " \(row.versions) versions" : " ×\(row.versions)"
            let headline = TextWrapper.truncate(row.headline, width: max(1, rect.maxX - x - badge.count))
            for run in MatchRuns.runs(headline, style: row.isRead ? .normal : .unread, highlighter: highlighter, field: .headline) {
                x = buffer.put(run.text, x: x, y: y, style: run.style, limit: rect.maxX)
            }
            if !badge.isEmpty { x = buffer.put(badge, x: x, y: y, style: .meta, limit: rect.maxX) }
            if offset == selected {
                buffer.restyle(Rect(x: rect.x, y: y, width: rect.width, height: 1)) { style in
                    var marked = style
                    if focused { marked.reverse = true; marked.role = .selection } else { marked.underline = true; marked.role = .inactiveSelection }
                    return marked
                }
            }
        }
    }

    /// `── Thursday 25 December 2025 ─────`: the day's name in a rule across the list.
    private static func drawDay(_ name: String, y: Int, into buffer: inout ScreenBuffer, rect: Rect) {
        var x = buffer.put("── ", x: rect.x, y: y, style: .meta, limit: rect.maxX)
        x = buffer.put(TextWrapper.truncate(name, width: max(0, rect.maxX - x)), x: x, y: y, style: .meta, limit: rect.maxX)
        if x < rect.maxX - 1 { buffer.put(" " + String(repeating: "─", count: rect.maxX - x - 1), x: x, y: y, style: .meta, limit: rect.maxX) }
    }

    /// What an empty list says instead: a heading line, then hints.
    public static func drawPlaceholder(_ lines: [String], into buffer: inout ScreenBuffer, rect: Rect) {
        guard !rect.isEmpty else { return }
        for (row, line) in lines.prefix(rect.height).enumerated() {
            buffer.put(line, x: rect.x + 1, y: rect.y + row, style: row == 0 ? .headline : .meta, limit: rect.maxX)
        }
    }
}
