import StoryKit

/// The headline list: one story a row with its unread and star marks, date and agency.
/// It draws the rows it is given from the top of its rectangle; which rows those are
/// (the window the list is scrolled to) is the caller's business.
public enum HeadlineListView {
    /// What one row shows.
    public struct Row: Hashable, Sendable {
        public var headline: String
        public var agency: String
        public var date: CalendarDate?
        public var isRead: Bool
        public var isStarred: Bool
        /// Found by a search in the story's text only (marked `≈`).
        public var matchesOnlyInText: Bool

        public init(headline: String, agency: String, date: CalendarDate?, isRead: Bool, isStarred: Bool, matchesOnlyInText: Bool = false) {
            self.headline = headline
            self.agency = agency
            self.date = date
            self.isRead = isRead
            self.isStarred = isStarred
            self.matchesOnlyInText = matchesOnlyInText
        }
    }

    /// Draws `rows`; `selected` is the selected one's index among them, if it is drawn,
    /// shown reversed when the list has the focus and underlined when it has not.
    /// `highlighter` marks the words a search found in the headlines.
    public static func draw(
        _ rows: [Row], selected: Int?, focused: Bool, dateStyle: DateStyle, highlighter: QueryHighlighter? = nil, into buffer: inout ScreenBuffer, rect: Rect
    ) {
        guard !rect.isEmpty else { return }
        let showsDate = rect.width >= 40
        let showsAgency = rect.width >= 46
        for (offset, row) in rows.prefix(rect.height).enumerated() {
            let y = rect.y + offset
            var x = rect.x
            x = buffer.put(row.isRead ? " " : "•", x: x, y: y, style: .unread, limit: rect.maxX)
            x = buffer.put(row.isStarred ? "★" : " ", x: x, y: y, style: .starred, limit: rect.maxX)
            x = buffer.put(" ", x: x, y: y, limit: rect.maxX)
            if showsDate { x = buffer.put(DateText.column(row.date, style: dateStyle) + " ", x: x, y: y, style: .meta, limit: rect.maxX) }
            if showsAgency { x = buffer.put(TextWrapper.fit(row.agency, width: 7) + " ", x: x, y: y, style: .meta, limit: rect.maxX) }
            if row.matchesOnlyInText { x = buffer.put("≈ ", x: x, y: y, style: row.isRead ? .normal : .unread, limit: rect.maxX) }
            let headline = TextWrapper.truncate(row.headline, width: rect.maxX - x)
            for run in MatchRuns.runs(headline, style: row.isRead ? .normal : .unread, highlighter: highlighter, field: .headline) {
                x = buffer.put(run.text, x: x, y: y, style: run.style, limit: rect.maxX)
            }
            if offset == selected {
                buffer.restyle(Rect(x: rect.x, y: y, width: rect.width, height: 1)) { style in
                    var marked = style
                    if focused { marked.reverse = true; marked.role = .selection } else { marked.underline = true; marked.role = .inactiveSelection }
                    return marked
                }
            }
        }
    }

    /// What an empty list says instead: a heading line, then hints.
    public static func drawPlaceholder(_ lines: [String], into buffer: inout ScreenBuffer, rect: Rect) {
        guard !rect.isEmpty else { return }
        for (row, line) in lines.prefix(rect.height).enumerated() {
            buffer.put(line, x: rect.x + 1, y: rect.y + row, style: row == 0 ? .headline : .meta, limit: rect.maxX)
        }
    }
}
