/// A date and a time of day as printed on a page (24-hour clock, minute precision).
public struct WallClockTime: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let date: CalendarDate
    public let hour: Int
    public let minute: Int

    public init?(date: CalendarDate, hour: Int, minute: Int) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        self.date = date
        self.hour = hour
        self.minute = minute
    }

    /// Parses `YYYY-MM-DDTHH:MM`.
    public init?(iso text: some StringProtocol) {
        let halves = text.split(separator: "T", omittingEmptySubsequences: false)
        guard halves.count == 2, let date = CalendarDate(iso: halves[0]) else { return nil }
        let clock = halves[1].split(separator: ":", omittingEmptySubsequences: false)
        guard clock.count == 2, clock[0].count == 2, clock[1].count == 2,
            let hour = Int(clock[0]), let minute = Int(clock[1])
        else { return nil }
        self.init(date: date, hour: hour, minute: minute)
    }

    /// `YYYY-MM-DDTHH:MM`.
    public var description: String {
        "\(date)T\(pad(hour, 2)):\(pad(minute, 2))"
    }

    /// Minutes since 1970-01-01 00:00 on the same wall clock.
    public var minuteNumber: Int {
        (date.dayNumber * 24 + hour) * 60 + minute
    }

    public static func < (lhs: WallClockTime, rhs: WallClockTime) -> Bool {
        lhs.minuteNumber < rhs.minuteNumber
    }
}

extension WallClockTime: TextCodable {
    public init?(text: String) { self.init(iso: text) }
}
