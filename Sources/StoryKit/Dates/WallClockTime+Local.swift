#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension WallClockTime {
    /// Unix seconds on this machine's wall clock (its local time zone): the clock the
    /// pages' own times and a person's "today" are read on.
    public init?(localTimeOf seconds: Int) {
        var moment = time_t(seconds)
        var parts = tm()
        guard localtime_r(&moment, &parts) != nil,
            let date = CalendarDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
        else { return nil }
        self.init(date: date, hour: Int(parts.tm_hour), minute: Int(parts.tm_min))
    }

    /// Now, on this machine's wall clock.
    public static func now() -> WallClockTime? { WallClockTime(localTimeOf: Int(time(nil))) }
}
