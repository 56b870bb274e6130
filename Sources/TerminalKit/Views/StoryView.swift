import StoryKit

/// The story as lines at a width: headline, meta line, paragraphs, the numbered
/// latest-news items (each marked as in the store or not), then "Listed in".
/// The reading pane and the full-screen reader both draw it.
public enum StoryView {
    /// What the view shows of a story.
    public struct Content: Sendable {
        public var story: Story
        /// The time the meta line shows beside the date (`~` marks an estimate).
        public var time: StoryTime?
        /// By latest-news item: whether the story it names is in the store.
        public var itemInStore: [Bool]
        /// Headlines of the stories whose lists name this one.
        public var listedIn: [String]
        /// The search whose words are marked, if one is active.
        public var highlighter: QueryHighlighter?

        public init(story: Story, time: StoryTime? = nil, itemInStore: [Bool], listedIn: [String], highlighter: QueryHighlighter? = nil) {
            self.story = story
            self.time = time
            self.itemInStore = itemInStore
            self.listedIn = listedIn
            self.highlighter = highlighter
        }
    }

    public static func lines(_ content: Content, width: Int, selectedItem: Int? = nil, dateStyle: DateStyle = .dayMonth) -> [StyledLine] {
        guard width > 0 else { return [] }
        let story = content.story
        var lines: [StyledLine] = []
        let marks = content.highlighter
        for line in TextWrapper.wrap(story.headline, width: width) {
            lines.append(StyledLine(runs: MatchRuns.runs(line, style: .headline, highlighter: marks, field: .headline)))
        }
        let clock = content.time?.clockText.map { " " + $0 } ?? ""
        let meta = story.metaLine(date: { DateText.long($0, style: dateStyle) + clock })
        if !meta.isEmpty {
            for line in TextWrapper.wrap(meta, width: width) { lines.append(StyledLine(line, .meta)) }
        }
        // Where a real page came from: its site, then its address on a line of its own.
        for source in [story.site, story.url].compactMap({ $0 }) where !source.isEmpty {
            for line in TextWrapper.wrap(source, width: width) { lines.append(StyledLine(line, .meta)) }
        }
        for paragraph in story.body {
            lines.append(StyledLine(""))
            for line in TextWrapper.wrap(paragraph, width: width) {
                lines.append(StyledLine(runs: MatchRuns.runs(line, style: .normal, highlighter: marks, field: .body)))
            }
        }
        if story.body.isEmpty {
            lines.append(StyledLine(""))
            lines.append(StyledLine("(this page has no story text)", .meta))
        }
        if !story.latest.isEmpty {
            lines.append(StyledLine(""))
            lines.append(StyledLine("Latest news", .sectionHeading))
            for (index, item) in story.latest.enumerated() {
                let inStore = content.itemInStore[index]
                let number = index < 9 ? "\(index + 1). " : "   "
                let time = item.time.map { " — " + DateText.short($0, style: dateStyle) } ?? ""
                let mark = inStore ? "" : "  (not in the store)"
                let style: Style = index == selectedItem ? .selection : (inStore ? .link : .missingLink)
                let wrapped = TextWrapper.wrap(item.headline + time + mark, width: max(1, width - number.count))
                for (offset, text) in wrapped.enumerated() {
                    let prefix = offset == 0 ? number : String(repeating: " ", count: number.count)
                    let runs = MatchRuns.runs(text, style: style, highlighter: marks, field: .latest)
                    lines.append(StyledLine(runs: [(prefix, index == selectedItem ? .selection : .normal)] + runs))
                }
            }
        }
        if !content.listedIn.isEmpty {
            lines.append(StyledLine(""))
            lines.append(StyledLine("Listed in", .sectionHeading))
            for headline in content.listedIn {
                for (offset, text) in TextWrapper.wrap(headline, width: max(1, width - 2)).enumerated() {
                    lines.append(StyledLine(runs: [(offset == 0 ? "· " : "  ", .meta), (text, .normal)]))
                }
            }
        }
        return lines
    }

    /// The first line of latest-news item `index`, so the panel can keep it in view.
    /// The lines that show a word the search found, for stepping through them (`n`, `N`).
    public static func matchLines(_ lines: [StyledLine]) -> [Int] {
        lines.indices.filter { lines[$0].runs.contains { $0.style.role == .match } }
    }

    public static func line(ofItem index: Int, in lines: [StyledLine]) -> Int? {
        let prefix = "\(index + 1). "
        return lines.firstIndex { $0.runs.first?.text == prefix && $0.runs.count == 2 }
    }

    /// Whether `line` belongs to the item that starts at `start`: item lines start with
    /// "N. " and continue with indented lines until the next item.
    public static func line(_ line: Int, isInItemStartingAt start: Int, in lines: [StyledLine]) -> Bool {
        var index = start
        while index < lines.count {
            if index == line { return true }
            index += 1
            guard index < lines.count, lines[index].runs.count == 2, lines[index].runs[0].text.hasPrefix(" ") else { return false }
        }
        return false
    }

    /// Draws lines from `top` into `rect`.
    public static func draw(_ lines: [StyledLine], top: Int, into buffer: inout ScreenBuffer, rect: Rect) {
        for row in 0..<rect.height {
            let index = top + row
            guard index < lines.count else { break }
            var x = rect.x
            for run in lines[index].runs {
                x = buffer.put(run.text, x: x, y: rect.y + row, style: run.style, limit: rect.maxX)
            }
        }
    }
}
