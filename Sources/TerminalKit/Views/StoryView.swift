import StoryKit

/// The story as lines at a width: headline, meta line, paragraphs, the numbered
/// latest-news items (each marked as in the store or not), "Listed in", then the
/// numbered "Also reported" and "Related" items and the other versions.
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
        /// The other versions of the story, one line each (headline, agency, time, what they add).
        public var versions: [String]
        /// The paragraphs this version added to the one before it, marked `+` in the margin.
        public var newParagraphs: Set<Int>
        /// Other sources' reports of the event and related stories, one line each: items
        /// numbered on after the latest-news list, chosen and jumped to like its items.
        public var alsoReported: [String]
        public var related: [String]
        /// The search whose words are marked, if one is active.
        public var highlighter: QueryHighlighter?

        public init(
            story: Story, time: StoryTime? = nil, itemInStore: [Bool], listedIn: [String], versions: [String] = [], newParagraphs: Set<Int> = [],
            alsoReported: [String] = [], related: [String] = [], highlighter: QueryHighlighter? = nil
        ) {
            self.alsoReported = alsoReported
            self.related = related
            self.story = story
            self.time = time
            self.versions = versions
            self.newParagraphs = newParagraphs
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
        for (index, paragraph) in story.body.enumerated() {
            lines.append(StyledLine(""))
            // A paragraph this version added is set in by two columns behind a `+`.
            let isNew = content.newParagraphs.contains(index) && width > 4
            for (offset, line) in TextWrapper.wrap(paragraph, width: isNew ? width - 2 : width).enumerated() {
                let runs = MatchRuns.runs(line, style: .normal, highlighter: marks, field: .body)
                lines.append(StyledLine(runs: isNew ? [(offset == 0 ? "+ " : "  ", .meta)] + runs : runs))
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
                let time = item.time.map { " — " + DateText.short($0, style: dateStyle) } ?? ""
                let mark = inStore ? "" : "  (not in the store)"
                appendItem(index, item.headline + time + mark, inStore: inStore, selected: selectedItem, marks: marks, width: width, to: &lines)
            }
        }
        appendBulleted("Listed in", content.listedIn, width: width, to: &lines)
        // The neighbours are items too, numbered on, so the same keys choose and open them.
        var next = story.latest.count
        for (heading, entries) in [("Also reported", content.alsoReported), ("Related", content.related)] where !entries.isEmpty {
            lines.append(StyledLine(""))
            lines.append(StyledLine(heading, .sectionHeading))
            for entry in entries {
                appendItem(next, entry, inStore: true, selected: selectedItem, marks: marks, width: width, to: &lines)
                next += 1
            }
        }
        appendBulleted("Other versions  ([ newer, ] older)", content.versions, width: width, to: &lines)
        return lines
    }

    /// A section of plain entries under `heading`, each after a `· ` with a hanging indent;
    /// nothing when there are none.
    private static func appendBulleted(_ heading: String, _ entries: [String], width: Int, to lines: inout [StyledLine]) {
        guard !entries.isEmpty else { return }
        lines.append(StyledLine(""))
        lines.append(StyledLine(heading, .sectionHeading))
        for entry in entries {
            for (offset, text) in TextWrapper.wrap(entry, width: max(1, width - 2)).enumerated() {
                lines.append(StyledLine(runs: [(offset == 0 ? "· " : "  ", .meta), (text, .normal)]))
            }
        }
    }

    /// One numbered item (`3. `, hanging indent after), in the link style, reversed when chosen.
    private static func appendItem(
        _ index: Int, _ text: String, inStore: Bool, selected: Int?, marks: QueryHighlighter?, width: Int, to lines: inout [StyledLine]
    ) {
        let number = index < 9 ? "\(index + 1). " : "   "
        let style: Style = index == selected ? .selection : (inStore ? .link : .missingLink)
        for (offset, line) in TextWrapper.wrap(text, width: max(1, width - number.count)).enumerated() {
            let prefix = offset == 0 ? number : String(repeating: " ", count: number.count)
            let runs = MatchRuns.runs(line, style: style, highlighter: marks, field: .latest)
            lines.append(StyledLine(runs: [(prefix, index == selected ? .selection : .normal)] + runs))
        }
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
