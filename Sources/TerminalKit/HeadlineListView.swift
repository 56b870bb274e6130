import ReaderModel
import StoryKit

/// The headline list: one story a row with its unread and star marks, date and agency.
public enum HeadlineListView {
    public static func draw(_ state: ReaderState, into buffer: inout ScreenBuffer, rect: Rect) {
        guard !rect.isEmpty else { return }
        if state.order.isEmpty {
            let lines = state.summaries.isEmpty
                ? ["No stories yet.", "", "Import pages with", "  byline import PATH", "then start byline again."]
                : ["No story matches.", state.search.session != nil ? "Esc clears the search." : "c clears the filters."]
            for (row, line) in lines.prefix(rect.height).enumerated() {
                buffer.put(line, x: rect.x + 1, y: rect.y + row, style: row == 0 ? .headline : .meta, limit: rect.maxX)
            }
            return
        }
        let showsDate = rect.width >= 40
        let showsAgency = rect.width >= 46
        let search = state.search.session
        for row in 0..<rect.height {
            let position = state.list.top + row
            guard position < state.order.count else { break }
            let summary = state.summaries[Int(state.order[position])]
            let marks = state.marks(for: summary.id)
            let y = rect.y + row
            var x = rect.x
            x = buffer.put(marks.isRead ? " " : "•", x: x, y: y, style: .unread, limit: rect.maxX)
            x = buffer.put(marks.isStarred ? "★" : " ", x: x, y: y, style: .starred, limit: rect.maxX)
            x = buffer.put(" ", x: x, y: y, limit: rect.maxX)
            if showsDate { x = buffer.put(DateText.column(summary.date, style: state.preferences.dateStyle) + " ", x: x, y: y, style: .meta, limit: rect.maxX) }
            if showsAgency { x = buffer.put(TextWrapper.fit(summary.agency, width: 7) + " ", x: x, y: y, style: .meta, limit: rect.maxX) }
            let bodyOnly = search.map { !$0.query.isEmpty && $0.matchesOnlyInText(state.order[position]) } ?? false
            let headline = (bodyOnly ? "≈ " : "") + summary.headline
            buffer.put(TextWrapper.truncate(headline, width: rect.maxX - x), x: x, y: y, style: marks.isRead ? .normal : .unread, limit: rect.maxX)
            if position == state.list.selection {
                let active = state.focus == .list
                buffer.restyle(Rect(x: rect.x, y: y, width: rect.width, height: 1)) { style in
                    var selected = style
                    if active { selected.reverse = true; selected.role = .selection } else { selected.underline = true; selected.role = .inactiveSelection }
                    return selected
                }
            }
        }
    }
}
