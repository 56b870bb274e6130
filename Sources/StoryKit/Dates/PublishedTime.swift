/// When a story was published, as the page states it: the wall-clock time, and the
/// offset from UTC when the page gives one (`2025-12-27T14:05+05:30`, `…Z`).
///
/// The wall clock is what orders stories and what a reader sees; the offset is kept
/// so that nothing the page said is thrown away.
public struct PublishedTime: Hashable, Sendable, Comparable, TextCodable {
    public let wallClock: WallClockTime
    /// Minutes east of UTC; nil when the page states no zone.
    public let offsetMinutes: Int?

    public init(_ wallClock: WallClockTime, offsetMinutes: Int? = nil) {
        self.wallClock = wallClock
        self.offsetMinutes = offsetMinutes.flatMap { (-18 * 60...18 * 60).contains($0) ? $0 : nil }
    }

    public var date: CalendarDate { wallClock.date }
    public var minuteNumber: Int { wallClock.minuteNumber }

    /// Parses `YYYY-MM-DDTHH:MM`, optionally with `:SS`, fractions, and `Z` or `±HH:MM`/`±HHMM`.
    public init?(iso text: some StringProtocol) {
        let characters = Array(text.utf8)
        guard characters.count >= 16, let wallClock = WallClockTime(iso: String(decoding: characters[0..<16], as: UTF8.self))
        else { return nil }
        var rest = characters[16...]
        if rest.first == UInt8(ascii: ":") {
            rest = rest.dropFirst()
            guard rest.prefix(2).count == 2, rest.prefix(2).allSatisfy(\.isASCIIDigit) else { return nil }
            rest = rest.dropFirst(2)
            if rest.first == UInt8(ascii: ".") || rest.first == UInt8(ascii: ",") {
                rest = rest.dropFirst().drop(while: \.isASCIIDigit)
            }
        }
        if rest.isEmpty {
            self.init(wallClock)
        } else if rest.elementsEqual([UInt8(ascii: "Z")]) || rest.elementsEqual([UInt8(ascii: "z")]) {
            self.init(wallClock, offsetMinutes: 0)
        } else if let sign = rest.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
            let digits = rest.dropFirst().filter { $0 != UInt8(ascii: ":") }
            guard digits.count == 4 || digits.count == 2, digits.allSatisfy(\.isASCIIDigit),
                let number = Int(String(decoding: digits, as: UTF8.self))
            else { return nil }
            let minutes = digits.count == 4 ? (number / 100) * 60 + number % 100 : number * 60
            self.init(wallClock, offsetMinutes: sign == UInt8(ascii: "-") ? -minutes : minutes)
        } else {
            return nil
        }
    }

    public init?(text: String) { self.init(iso: text) }

    /// `YYYY-MM-DDTHH:MM`, then `Z` or `±HH:MM` when the zone is known.
    public var description: String {
        guard let offset = offsetMinutes else { return wallClock.description }
        if offset == 0 { return wallClock.description + "Z" }
        let magnitude = abs(offset)
        let hours = magnitude / 60, minutes = magnitude % 60
        return wallClock.description + (offset < 0 ? "-" : "+")
            + (hours < 10 ? "0" : "") + String(hours) + ":" + (minutes < 10 ? "0" : "") + String(minutes)
    }

    public static func < (lhs: PublishedTime, rhs: PublishedTime) -> Bool {
        lhs.wallClock < rhs.wallClock
    }
}
