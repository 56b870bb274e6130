import StoryKit

/// Reads the times pages state in metadata: ISO 8601 in its common spellings
/// (`2025-12-27T14:05:00+05:30`, `2025-12-27T08:35:00.000Z`, `2025-12-27 14:05`),
/// or a bare date.
enum StatedTime {
    enum Reading: Equatable {
        case time(PublishedTime)
        case day(CalendarDate)
    }

    static func read(_ raw: String) -> Reading? {
        let text = raw.trimmingSpaces
        let characters = Array(text)
        guard characters.count >= 10, let date = CalendarDate(iso: String(characters[0..<10])) else { return nil }
        guard characters.count >= 16, characters[10] == "T" || characters[10] == " " || characters[10] == "t" else {
            return .day(date)
        }
        var iso = String(characters[0..<10]) + "T" + String(characters[11...])
        // `+0530` after the seconds, or a space before the zone, as some CMSs write it.
        iso = iso.replacingOccurrences(of: " ", with: "")
        if let time = PublishedTime(iso: iso) { return .time(time) }
        if let time = PublishedTime(iso: String(iso.prefix(16))) { return .time(time) }
        return .day(date)
    }
}
