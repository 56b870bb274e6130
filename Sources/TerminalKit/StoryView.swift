import ReaderModel
import StoryKit

/// A line of the story view: styled runs of text.
public struct StyledLine: Hashable, Sendable {
    public var runs: [(text: String, style: Style)]

    public static func == (lhs: StyledLine, rhs: StyledLine) -> Bool {
        lhs.runs.map(\.text) == rhs.runs.map(\.text) && lhs.runs.map(\.style) == rhs.runs.map(\.style)
    }

    public func hash(into hasher: inout Hasher) {
        for run in runs { hasher.combine(run.text); hasher.combine(run.style) }
    }

    init(_ text: String, _ style: Style = .normal) { runs = [(text, style)] }
    init(runs: [(text: String, style: Style)]) { self.runs = runs }
}

/// The story as lines at a width: headline, meta line, paragraphs, the numbered
/// latest-news items (each marked as in the store or not), then "Listed in".
/// The reading pane and the full-screen reader both draw it.
public enum StoryView {
    public static func lines(_ open: OpenStory, width: Int, selectedItem: Int? = nil, dateStyle: DisplayPreferences.DateStyle = .dayMonth) -> [StyledLine] {
        guard width > 0 else { return [] }
        let story = open.story
        var lines: [StyledLine] = []
        for line in TextWrapper.wrap(story.headline, width: width) { lines.append(StyledLine(line, .headline)) }
        let meta = story.metaLine(date: { DateText.long($0, style: dateStyle) })
        if !meta.isEmpty {
            for line in TextWrapper.wrap(meta, width: width) { lines.append(StyledLine(line, .meta)) }
        }
        for paragraph in story.body {
            lines.append(StyledLine(""))
            for line in TextWrapper.wrap(paragraph, width: width) { lines.append(StyledLine(line)) }
        }
        if story.body.isEmpty {
            lines.append(StyledLine(""))
            lines.append(StyledLine("(this page has no story text)", .meta))
        }
        if !story.latest.isEmpty {
            lines.append(StyledLine(""))
            lines.append(StyledLine("Latest news", .sectionHeading))
            for (index, item) in story.latest.enumerated() {
                let inStore = open.targets[index] != nil
                let number = index < 9 ? "\(index + 1). " : "   "
                let time = item.time.map { " — " + DateText.short($0, style: dateStyle) } ?? ""
                let mark = inStore ? "" : "  (not in the store)"
                let style: Style = index == selectedItem ? .selection : (inStore ? .link : .missingLink)
                let wrapped = TextWrapper.wrap(item.headline + time + mark, width: max(1, width - number.count))
                for (offset, text) in wrapped.enumerated() {
                    let prefix = offset == 0 ? number : String(repeating: " ", count: number.count)
                    lines.append(StyledLine(runs: [(prefix, index == selectedItem ? .selection : .normal), (text, style)]))
                }
            }
        }
        if !open.listedIn.isEmpty {
            lines.append(StyledLine(""))
            lines.append(StyledLine("Listed in", .sectionHeading))
            for entry in open.listedIn {
                for (offset, text) in TextWrapper.wrap(entry.headline, width: max(1, width - 2)).enumerated() {
                    lines.append(StyledLine(runs: [(offset == 0 ? "· " : "  ", .meta), (text, .normal)]))
                }
            }
        }
        return lines
    }

    /// The first line of latest-news item `index`, so the panel can keep it in view.
    public static func line(ofItem index: Int, in lines: [StyledLine]) -> Int? {
        let prefix = "\(index + 1). "
        return lines.firstIndex { $0.runs.first?.text == prefix && $0.runs.count == 2 }
    }

    /// Draws lines from `scroll` into `rect`.
    static func draw(_ lines: [StyledLine], scroll: Int, into buffer: inout ScreenBuffer, rect: Rect) {
        for row in 0..<rect.height {
            let index = scroll + row
            guard index < lines.count else { break }
            var x = rect.x
            for run in lines[index].runs {
                x = buffer.put(run.text, x: x, y: rect.y + row, style: run.style, limit: rect.maxX)
            }
        }
    }
}

/// Dates as the screens print them.
enum DateText {
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// `3 Jan 2026`, or `2026-01-03`.
    static func long(_ date: CalendarDate, style: DisplayPreferences.DateStyle = .dayMonth) -> String {
        style == .iso ? date.description : "\(date.day) \(months[date.month - 1]) \(date.year)"
    }

    /// `Jan 03`, or `01-03`, for the list's date column (six columns either way).
    static func column(_ date: CalendarDate?, style: DisplayPreferences.DateStyle = .dayMonth) -> String {
        guard let date else { return "  —   " }
        let day = (date.day < 10 ? "0" : "") + String(date.day)
        return style == .iso ? " " + (date.month < 10 ? "0" : "") + String(date.month) + "-" + day : months[date.month - 1] + " " + day
    }

    /// `3 Jan 23:42`, or `2026-01-03 23:42`.
    static func short(_ time: WallClockTime, style: DisplayPreferences.DateStyle = .dayMonth) -> String {
        let hour = time.hour < 10 ? "0\(time.hour)" : "\(time.hour)"
        let minute = time.minute < 10 ? "0\(time.minute)" : "\(time.minute)"
        let day = style == .iso ? time.date.description : "\(time.date.day) \(months[time.date.month - 1])"
        return "\(day) \(hour):\(minute)"
    }
}
