import StoryKit

/// The headline list: which stories it shows, in which order, which row is selected
/// and which row is drawn first. It knows nothing of the other panes; the router
/// tells it what to show and where the selection must go.
public struct HeadlineList: Sendable {
    public internal(set) var sort: SortOrder
    public internal(set) var filter = ListFilter()
    /// Indices into `summaries` of the stories the list shows, in order.
    public internal(set) var order: [Int32] = []
    /// The selected row (an index into `order`).
    public internal(set) var selection = 0
    /// The first row drawn.
    public internal(set) var top = 0
    /// Every story in the current sort order, before filters; filtering keeps this order, so it is sorted once.
    private var sortedAll: [Int32] = []
    /// Whether a line naming the day goes above each day's first row (and above the first
    /// row drawn): when the list runs in time order, not by agency or by best match.
    public private(set) var showsDays = false
    /// The day number of each story's time (an index into `summaries`), `Int32.min` when undated.
    private var days: [Int32] = []

    init(sort: SortOrder) {
        self.sort = sort
    }

    /// The index into `summaries` of the selected story.
    var selectedIndex: Int32? { order.indices.contains(selection) ? order[selection] : nil }

    /// The row a movement leads to from the selection, `page` rows making a page.
    func row(after movement: Movement, page: Int) -> Int {
        movement.position(from: selection, count: order.count, page: page)
    }

    /// The row showing a story, if the list shows it.
    func row(of index: Int32) -> Int? { order.firstIndex(of: index) }

    mutating func resort(_ summaries: [StorySummary], by sort: SortOrder? = nil) {
        if let sort { self.sort = sort }
        sortedAll = self.sort.arranged(summaries)
        // The day number straight from the minute (no calendar dates built: this runs at start-up).
        days = summaries.map { summary in
            summary.timeKind == .undated ? Int32.min : Int32(clamping: summary.sortMinute >= 0 ? summary.sortMinute / 1440 : (summary.sortMinute - 1439) / 1440)
        }
    }

    /// The day number of the story at `row`, nil when it is undated.
    func day(ofRow row: Int) -> Int? {
        let day = days[Int(order[row])]
        return day == Int32.min ? nil : Int(day)
    }

    /// Whether a day line goes above `row` when `top` is the first row drawn.
    func startsDay(_ row: Int, top: Int) -> Bool {
        showsDays && (row == top || days[Int(order[row])] != days[Int(order[row - 1])])
    }

    /// What the screen shows from the first drawn row, at most `count` lines: the rows
    /// with a day line above each day's first.
    func lines(count: Int) -> [ListLine] {
        var lines: [ListLine] = []
        var row = top
        while lines.count < count && row < order.count {
            if startsDay(row, top: top) {
                lines.append(.day(day(ofRow: row)))
                if lines.count == count { break }
            }
            lines.append(.story(row: row))
            row += 1
        }
        return lines
    }

    /// Picks the rows the filter and the search let through, keeping the selection on
    /// `kept` when it is still shown, else on the same row as near as the list allows.
    /// With `ranked`, a search's answer is listed best match first instead of in the sort order.
    /// Versions of one story take one row, the newest of them the filter and search let through.
    mutating func rebuild(
        _ summaries: [StorySummary], marks: Marks, search: SearchSession?, ranked: Bool, versions: VersionIndex = VersionIndex(), keeping kept: Int32?,
        rows: Int
    ) {
        let base = ranked ? search?.ranked ?? sortedAll : sortedAll
        showsDays = sort != .byAgency && !(ranked && search?.ranked != nil)
        if search == nil && !filter.isActive {
            order = sortedAll
        } else {
            var shown: [Int32] = []
            shown.reserveCapacity(search.map { $0.headlineMatchCount + $0.bodyMatchCount } ?? sortedAll.count)
            for index in base {
                if let search, !search.matches(index) { continue }
                guard filter.isActive else { shown.append(index); continue }
                let summary = summaries[Int(index)]
                let storyMarks = filter.readsMarks ? marks[summary.id] : StoryState()
                if filter.admits(agency: summary.agency, date: summary.date, marks: storyMarks) { shown.append(index) }
            }
            order = shown
        }
        order = versions.collapsed(order, in: summaries)
        if let kept, let row = row(of: kept) {
            selection = row
        } else {
            selection = min(selection, max(0, order.count - 1))
        }
        keepSelectionVisible(rows: rows)
    }

    /// Moves the selection to a row that exists, keeping it on screen.
    mutating func select(_ row: Int, rows: Int) {
        selection = row
        keepSelectionVisible(rows: rows)
    }

    /// Draws from `row` on, as far as the selection stays on screen.
    mutating func scroll(toTop row: Int, rows: Int) {
        top = row
        keepSelectionVisible(rows: rows)
    }

    /// Scrolls as little as keeps the selected row on screen, counting the day lines.
    mutating func keepSelectionVisible(rows: Int) {
        let rows = max(1, rows)
        if selection < top { top = selection }
        if selection >= top + rows { top = selection - rows + 1 }
        top = max(0, min(top, max(0, order.count - rows)))
        while top < selection && linesTaken(from: top, through: selection) > rows { top += 1 }
    }

    /// The screen lines rows `top...row` take, day lines included.
    private func linesTaken(from top: Int, through row: Int) -> Int {
        guard showsDays else { return row - top + 1 }
        var lines = 0
        for drawn in top...row { lines += startsDay(drawn, top: top) ? 2 : 1 }
        return lines
    }
}
