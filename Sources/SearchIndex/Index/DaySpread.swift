import StoryKit

/// How far the stories' docids lie from their days, over every dated story the index
/// holds: so that a date term can become a range of docids, which FTS5 seeks to
/// instead of reading every match outside it.
///
/// A docid follows the story's minute, and the minute its day, but not exactly: a time
/// is in a time zone, or comes from another page's list, and a crowded minute's docids
/// run into the next minute's. So the index records the least and the greatest offset
/// of a story's minute from the start of its day, and how far past its minute's slots a
/// docid went; a day range then maps to docids that hold every story of those days
/// (and some others, which the exact test on the day still turns away). Recorded with
/// every batch written, in its transaction, and never narrowed when stories leave: a
/// wider range is slower, never wrong.
struct DaySpread: Equatable {
    private(set) var lowestOffset: Int64
    private(set) var highestOffset: Int64
    private(set) var overrun: Int64

    static let minutesPerDay: Int64 = 1440

    /// The spread of one story.
    init(minute: Int64, day: Int, docid: Int64) {
        let offset = minute - Int64(day) * Self.minutesPerDay
        lowestOffset = offset
        highestOffset = offset
        overrun = max(0, docid - (DocumentWriter.lowestDocid(minute: minute) + DocumentWriter.slotsPerMinute - 1))
    }

    /// The spread of `self` and `other` together (`self` alone when there is no other).
    func widening(_ other: DaySpread?) -> DaySpread {
        guard let other else { return self }
        var both = self
        both.lowestOffset = min(lowestOffset, other.lowestOffset)
        both.highestOffset = max(highestOffset, other.highestOffset)
        both.overrun = max(overrun, other.overrun)
        return both
    }

    /// The docids that hold every story of the days `from` through `through` (either
    /// open): lowest and highest, the lowest above the highest when no story can be there.
    func docids(from: CalendarDate?, through: CalendarDate?) -> (lowest: Int64, highest: Int64) {
        let lowest = from.map { DocumentWriter.lowestDocid(minute: Int64($0.dayNumber) * Self.minutesPerDay + lowestOffset) } ?? Int64.min
        let highest =
            through.map {
                DocumentWriter.lowestDocid(minute: Int64($0.dayNumber) * Self.minutesPerDay + highestOffset) + DocumentWriter.slotsPerMinute - 1 + overrun
            } ?? Int64.max
        return (lowest, highest)
    }

    /// The minutes of every story of the days `from` through `through` (either open).
    func minutes(from: CalendarDate?, through: CalendarDate?) -> (lowest: Int64, highest: Int64) {
        (
            from.map { Int64($0.dayNumber) * Self.minutesPerDay + lowestOffset } ?? Int64.min,
            through.map { Int64($0.dayNumber) * Self.minutesPerDay + highestOffset } ?? Int64.max
        )
    }

    // MARK: Stored in `meta`

    static let metaKey = "day-spread"

    /// What `meta` says: nothing (no dated story written yet), a spread, or a value that
    /// cannot be read (then no date term is bounded).
    enum Stored: Equatable {
        case none
        case known(DaySpread)
        case unreadable

        var known: DaySpread? { if case .known(let spread) = self { spread } else { nil } }
    }

    var text: String { "\(lowestOffset) \(highestOffset) \(overrun)" }

    init?(text: String) {
        let parts = text.split(separator: " ").compactMap { Int64($0) }
        guard parts.count == 3, parts[0] <= parts[1], parts[2] >= 0 else { return nil }
        (lowestOffset, highestOffset, overrun) = (parts[0], parts[1], parts[2])
    }
}
