import StoryKit

/// The views component: every story, then each saved search; which one the list shows,
/// the panel that lists them with their unread counts (`V`), and the story each view
/// had selected, so switching views and back keeps the place in each.
public struct SavedSearchViews: Sendable {
    public internal(set) var searches: [SavedSearch]
    /// The view shown: nil for every story, else an index into `searches`.
    public internal(set) var current: Int?
    public internal(set) var isShown = false
    /// The panel's selected row: 0 is every story, 1… the saved searches.
    public internal(set) var row = 0
    /// By saved search, as last counted (the panel asks again each time it opens).
    public internal(set) var counts: [ViewCount?]
    /// By row: the story selected when the view was left.
    private var selections: [Int: StoryID] = [:]
    /// The story to select once the view's answer arrives.
    private(set) var pendingSelection: StoryID?

    init(_ searches: [SavedSearch]) {
        self.searches = searches
        counts = Array(repeating: nil, count: searches.count)
    }

    var rowCount: Int { searches.count + 1 }

    mutating func show() {
        isShown = true
        row = current.map { $0 + 1 } ?? 0
    }

    mutating func hide() { isShown = false }

    mutating func move(by rows: Int) {
        row = max(0, min(rowCount - 1, row + rows))
    }

    /// Leaves the current view for the panel's row, remembering where the list was.
    mutating func switchToRow(leaving selected: StoryID?) {
        selections[current.map { $0 + 1 } ?? 0] = selected
        current = row == 0 ? nil : row - 1
        pendingSelection = selections[row]
        isShown = false
    }

    mutating func takePendingSelection() -> StoryID? {
        defer { pendingSelection = nil }
        return pendingSelection
    }

    /// The search was cleared or replaced by another typed: no saved view is shown.
    mutating func leaveView() { current = nil }

    mutating func take(_ counts: [ViewCount], for searches: [SavedSearch]) {
        // Counts of another list of searches (one was saved meanwhile) are not these.
        guard searches == self.searches, counts.count == searches.count else { return }
        self.counts = counts.map { Optional($0) }
    }

    mutating func add(_ search: SavedSearch) {
        searches.append(search)
        counts.append(nil)
        current = searches.count - 1
    }

    /// What an intent does while the panel is up; nil for the others, which it swallows.
    static func action(for intent: ReaderAction) -> ReaderAction? {
        switch intent {
        case .moveUp, .moveDown, .pageUp, .pageDown, .top, .bottom, .open, .back, .toggleSavedSearches, .quit: intent
        default: nil
        }
    }
}
