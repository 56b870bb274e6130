extension CalendarDate {
    static let weekdayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ]

    /// The day of the week in English (1970-01-01, day 0, was a Thursday).
    public var weekdayName: String {
        let index = ((dayNumber + 4) % 7 + 7) % 7
        return Self.weekdayNames[index]
    }

    /// "Thursday 25 December 2025": a day as a heading names it.
    public var spelledOut: String {
        "\(weekdayName) \(day) \(Self.monthNames[month - 1]) \(year)"
    }
}
