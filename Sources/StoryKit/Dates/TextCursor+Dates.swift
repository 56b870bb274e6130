extension TextCursor {
    /// Reads `Dec 25`, `Dec. 25`, `December 25, 2025` or `25 December 2025`.
    mutating func partialDate() -> PartialDate? {
        let start = position
        if let date = monthFirstDate() ?? dayFirstDate() { return date }
        position = start
        return nil
    }

    private mutating func monthFirstDate() -> PartialDate? {
        let start = position
        guard let word = word(), let month = DateWords.month(word) else { position = start; return nil }
        consume(UInt8(ascii: "."))
        skipSpaces()
        guard let day = number(maxDigits: 2) else { position = start; return nil }
        return validated(PartialDate(month: month, day: day, year: optionalYear()), else: start)
    }

    private mutating func dayFirstDate() -> PartialDate? {
        let start = position
        guard let day = number(maxDigits: 2) else { return nil }
        skipSpaces()
        guard let word = word(), let month = DateWords.month(word) else { position = start; return nil }
        consume(UInt8(ascii: "."))
        return validated(PartialDate(month: month, day: day, year: optionalYear()), else: start)
    }

    /// `, 2026` or ` 2026` after a day and month; nothing is consumed when no year follows.
    private mutating func optionalYear() -> Int? {
        let beforeYear = position
        consume(UInt8(ascii: ","))
        skipSpaces()
        let year = number(minDigits: 4, maxDigits: 4)
        if year == nil { position = beforeYear }
        return year
    }

    private mutating func validated(_ date: PartialDate, else start: Int) -> PartialDate? {
        guard date.day >= 1, date.day <= CalendarDate.daysIn(month: date.month, year: date.year) else {
            position = start
            return nil
        }
        return date
    }

    /// Reads a full timestamp such as `Thu, Dec 25, 2025, 02:01 PM` (weekday, comma,
    /// `at`, AM/PM and a zone abbreviation are each optional; 24-hour clocks are accepted).
    mutating func timestamp() -> WallClockTime? {
        let start = position
        guard let time = readTimestamp() else { position = start; return nil }
        return time
    }

    private mutating func readTimestamp() -> WallClockTime? {
        let beforeWeekday = position
        if let word = word(), DateWords.isWeekday(word) {
            consume(UInt8(ascii: "."))
            consume(UInt8(ascii: ","))
            skipSpaces()
        } else {
            position = beforeWeekday
        }
        guard let partial = partialDate(), let year = partial.year,
            let date = CalendarDate(year: year, month: partial.month, day: partial.day)
        else { return nil }
        consume(UInt8(ascii: ","))
        skipSpaces()
        let beforeAt = position
        if word() != DateWords.at { position = beforeAt }
        skipSpaces()
        guard var hour = number(maxDigits: 2), consume(UInt8(ascii: ":")),
            let minute = number(minDigits: 2, maxDigits: 2)
        else { return nil }
        skipSpaces()
        let beforeMeridiem = position
        switch meridiem() {
        case .am?:
            guard (1...12).contains(hour) else { return nil }
            if hour == 12 { hour = 0 }
        case .pm?:
            guard (1...12).contains(hour) else { return nil }
            if hour != 12 { hour += 12 }
        case nil:
            position = beforeMeridiem
        }
        skipSpaces()
        let beforeZone = position
        if let zone = zoneAbbreviation(), zone.isEmpty { position = beforeZone }
        return WallClockTime(date: date, hour: hour, minute: minute)
    }

    private enum Meridiem { case am, pm }

    private mutating func meridiem() -> Meridiem? {
        let start = position
        guard let first = word() else { return nil }
        var letters = first
        // `a.m.` / `p.m.`
        if letters == DateWords.a || letters == DateWords.p,
            consume(UInt8(ascii: ".")), word() == DateWords.m
        {
            letters = letters == DateWords.a ? DateWords.am : DateWords.pm
            consume(UInt8(ascii: "."))
        }
        switch letters {
        case DateWords.am: return .am
        case DateWords.pm: return .pm
        default: position = start; return nil
        }
    }

    /// An upper-case zone abbreviation such as `IST` or `GMT`; returns "" and consumes nothing otherwise.
    private mutating func zoneAbbreviation() -> String? {
        let start = position
        while position < bytes.endIndex, bytes[position].isASCIIUppercase { position += 1 }
        let length = position - start
        guard (2...5).contains(length) else { position = start; return "" }
        return bytes[start..<position].utf8String
    }
}
