/// Places a month and day in the year that puts it nearest to a known date.
enum YearInference {
    /// A Dec 31 dateline on a page whose timestamps say Jan 1, 2026 is Dec 31, 2025.
    static func nearest(month: Int, day: Int, to reference: CalendarDate) -> CalendarDate? {
        let candidates = (reference.year - 1...reference.year + 1).compactMap {
            CalendarDate(year: $0, month: month, day: day)
        }
        return candidates.min { abs($0.dayNumber - reference.dayNumber) < abs($1.dayNumber - reference.dayNumber) }
    }
}
