/// When a story was published, as far as the pages in the store tell, and how
/// that is known: the list sorts by it and shows it, an estimate marked as one.
///
/// The evidence, strongest first:
/// 1. `stated`: the page's own timestamp (byline time, HTML metadata, `<time>`).
/// 2. `listed`: the time at which other stored pages print the story in their
///    latest-news lists. Lists can disagree (a later list may print an update's
///    time), so the earliest listing on the story's own day wins: a story enters
///    those lists when it is first published.
/// 3. `estimated`: a page lists stories up to the moment it was written, so a story
///    comes after the newest item of its own latest-news list on its day; without such
///    an item, the time the page file was saved (its modification time on the importing
///    machine's clock), when that falls on the story's day.
/// 4. `day`: only the day; such a story sorts at the start of its day, below every
///    story of that day with a time.
/// 5. `undated`: nothing; below every dated story, in the order of import.
public struct StoryTime: Hashable, Sendable {
    public enum Kind: UInt8, Hashable, Sendable, CaseIterable, Comparable {
        case stated = 0, listed, estimated, day, undated

        /// The name `--json` output and the README use.
        public var name: String {
            switch self {
            case .stated: "stated"
            case .listed: "listed"
            case .estimated: "estimated"
            case .day: "day"
            case .undated: "undated"
            }
        }

        /// Stronger evidence is the lower raw value.
        public static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }

        /// Whether the kind carries a time of day.
        public var hasClockTime: Bool { self <= .estimated }
    }

    /// Minutes since 1970-01-01 on the page's wall clock; for `day`, the day's first
    /// minute; for `undated`, far below any real date (see `undatedMinute`).
    public var minute: Int64
    public var kind: Kind

    public init(minute: Int64, kind: Kind) {
        self.minute = minute
        self.kind = kind
    }

    /// Minutes subtracted from an undated story's import time: far below any real date.
    public static let undatedOffset: Int64 = 1 << 40

    /// The time a story's own page gives it (`stated`, `estimated`, `day` or `undated`);
    /// `listed` needs the other pages of the store and is applied by the store.
    public init(ownPage story: Story, importedAt: Int64, savedAt: WallClockTime? = nil) {
        if let published = story.published, story.date == nil || published.date == story.date {
            self.init(minute: Int64(published.minuteNumber), kind: .stated)
        } else if let date = story.date {
            let newestListed = story.latest.compactMap { $0.time }.filter { $0.date == date }.max()
            if let newestListed, newestListed.hour * 60 + newestListed.minute < 1439 {
                self.init(minute: Int64(newestListed.minuteNumber) + 1, kind: .estimated)
            } else if let savedAt, savedAt.date == date {
                self.init(minute: Int64(savedAt.minuteNumber), kind: .estimated)
            } else {
                self.init(minute: Int64(date.dayNumber) * 1440, kind: .day)
            }
        } else {
            self.init(minute: importedAt / 60 - Self.undatedOffset, kind: .undated)
        }
    }

    /// The wall-clock time, for the kinds that have one.
    public var clockTime: WallClockTime? {
        guard kind.hasClockTime, let date = CalendarDate(dayNumber: Int(minute.floorDivided(by: 1440))) else { return nil }
        let inDay = Int(minute - Int64(date.dayNumber) * 1440)
        return WallClockTime(date: date, hour: inDay / 60, minute: inDay % 60)
    }

    /// `14:20`, or `~14:20` for an estimate; nil for the kinds without a time of day.
    public var clockText: String? {
        guard let clock = clockTime else { return nil }
        let text = "\(clock.hour < 10 ? "0" : "")\(clock.hour):\(clock.minute < 10 ? "0" : "")\(clock.minute)"
        return kind == .estimated ? "~" + text : text
    }

    /// What the time rests on, as `byline show` and the reading pane say it.
    public var evidence: String {
        switch kind {
        case .stated: "stated on the page"
        case .listed: "as other stored pages list it"
        case .estimated: "estimated from its own page (its latest-news list, or when it was saved)"
        case .day: "only the day is known"
        case .undated: "no date is known"
        }
    }

    /// `2026-01-04 14:20`, `2026-01-04 ~14:20` or `2026-01-04`; nil when undated.
    public var dayAndClock: String? {
        date.map { [$0.description, clockText].compactMap { $0 }.joined(separator: " ") }
    }

    /// `2026-01-04 14:20 · as other stored pages list it`: the time and its evidence, or
    /// nil when nothing is known.
    public var line: String? { dayAndClock.map { $0 + " · " + evidence } }

    /// `2026-01-04T14:20` for the kinds with a time of day, for `--json`.
    public var isoText: String? { clockTime?.description }

    /// The day the time falls on, for every kind but `undated`.
    public var date: CalendarDate? {
        kind == .undated ? nil : CalendarDate(dayNumber: Int(minute.floorDivided(by: 1440)))
    }

    /// The time once another page lists the story at `candidate`, or nil when that is
    /// no better evidence: a stated time is never replaced, a listing counts only on the
    /// story's own day (`storyDate`, when the page tells it), and the earliest listing wins.
    public func improved(byListing candidate: Int64, storyDate: CalendarDate?) -> StoryTime? {
        guard kind != .stated else { return nil }
        if let storyDate, candidate.floorDivided(by: 1440) != Int64(storyDate.dayNumber) { return nil }
        if kind == .listed && candidate >= minute { return nil }
        return StoryTime(minute: candidate, kind: .listed)
    }
}

extension Int64 {
    /// Division rounding toward minus infinity, for minutes before 1970.
    fileprivate func floorDivided(by divisor: Int64) -> Int64 {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}
