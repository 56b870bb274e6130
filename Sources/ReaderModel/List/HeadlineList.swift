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
    }

    /// Picks the rows the filter and the search let through, keeping the selection on
    /// `kept` when it is still shown, else on the same row as near as the list allows.
    /// With `ranked`, a search's answer is listed best match first instead of in the sort order.
    mutating func rebuild(_ summaries: [StorySummary], marks: Marks, search: SearchSession?, ranked: Bool, keeping kept: Int32?, rows: Int) {
        let base = ranked ? search?.ranked ?? sortedAll : sortedAll
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

    mutating func keepSelectionVisible(rows: Int) {
        let rows = max(1, rows)
        if selection < top { top = selection }
        if selection >= top + rows { top = selection - rows + 1 }
        top = max(0, min(top, max(0, order.count - rows)))
    }
}
