import StoryKit

/// Dates as the screens print them.
enum DateText {
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// `3 Jan 2026`, or `2026-01-03`.
    static func long(_ date: CalendarDate, style: DateStyle = .dayMonth) -> String {
        style == .iso ? date.description : "\(date.day) \(months[date.month - 1]) \(date.year)"
    }

    /// `Jan 03`, or `01-03`, for the list's date column (six columns either way).
    static func column(_ date: CalendarDate?, style: DateStyle = .dayMonth) -> String {
        guard let date else { return "  —   " }
        let day = (date.day < 10 ? "0" : "") + String(date.day)
        return style == .iso ? " " + (date.month < 10 ? "0" : "") + String(date.month) + "-" + day : months[date.month - 1] + " " + day
    }

    /// `3 Jan 23:42`, or `2026-01-03 23:42`.
    static func short(_ time: WallClockTime, style: DateStyle = .dayMonth) -> String {
        let hour = time.hour < 10 ? "0\(time.hour)" : "\(time.hour)"
        let minute = time.minute < 10 ? "0\(time.minute)" : "\(time.minute)"
        let day = style == .iso ? time.date.description : "\(time.date.day) \(months[time.date.month - 1])"
        return "\(day) \(hour):\(minute)"
    }
}
