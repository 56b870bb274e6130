/// Generates wire pages in the styles Byline reads, deterministically from a seed,
/// for benchmarks that need far more pages than the fixtures hold.
///
/// Pages link to each other through their latest-news lists the way real archives
/// do: each list names recent pages of the same corpus by their exact headline.
public struct SyntheticCorpus: Sendable {
    public let pageCount: Int
    public let seed: UInt64

    public init(pageCount: Int, seed: UInt64 = 2026) {
        self.pageCount = pageCount
        self.seed = seed
    }

    /// A stable file name for page `index`.
    public func fileName(_ index: Int) -> String {
        "page-\(String(index + 1_000_000).dropFirst())" + ".txt"
    }

    /// The bytes of page `index` (0-based); the same index always gives the same page.
    public func page(_ index: Int) -> [UInt8] {
        // Each page's stream starts at a mixed seed: seeds a fixed step apart would give every
        // page the same sentences shifted by a word, near-copies of one another.
        var seeding = Generator(seed: seed ^ (UInt64(index) &* 0xD6E8_FEB8_6659_FD93))
        var random = Generator(seed: seeding.next())
        let agency = Self.agencies[index % Self.agencies.count]
        let minute = index * 7  // pages are seven minutes apart
        let time = Self.timestamp(minute: minute)
        let place = Self.places[random.next(below: Self.places.count)]
        var lines: [String] = [headline(index)]
        lines.append("")
        lines.append(index % 2 == 0 ? "by \(agency) | \(time.printed)" : "by \(agency) |")
        lines.append("")
        var body: [String] = []
        let paragraphs = 7 + random.next(below: 4)
        for paragraph in 0..<paragraphs {
            var text = paragraph == 0 ? "\(place), \(time.monthName) \(time.day) (\(agency)) " : ""
            let sentences = 3 + random.next(below: 3)
            for sentence in 0..<sentences {
                if sentence > 0 { text += " " }
                text += Self.sentence(&random)
            }
            body.append(Self.wrap(text, width: index % 3 == 0 ? 72 : 10_000))
        }
        lines.append(body.joined(separator: "\n\n"))
        lines.append("")
        lines.append("--\(agency)")
        lines.append("")
        lines.append("Latest News")
        for back in 1...5 where index - back >= 0 {
            lines.append("\(headline(index - back)) \(Self.timestamp(minute: (index - back) * 7).printed)")
        }
        lines.append("Wider world story number \(index) \(time.printed)")
        return Array((lines.joined(separator: "\n") + "\n").utf8)
    }

    /// Headline of page `index`, unique within the corpus.
    public func headline(_ index: Int) -> String {
        var random = Generator(seed: seed ^ UInt64(index) &* 0xD1B5_4A32_D192_ED03)
        let subject = Self.subjects[random.next(below: Self.subjects.count)]
        let verb = Self.verbs[random.next(below: Self.verbs.count)]
        let object = Self.objects[random.next(below: Self.objects.count)]
        return "\(subject) \(verb) \(object), report \(index)"
    }

    // MARK: Vocabulary

    private static let agencies = ["PTI", "IANS", "AFP", "Yonhap", "ANI", "Reuters"]
    private static let places = ["Porto Vale", "Lindmark", "Saltmere", "Seoul", "NEW DELHI", "Kyiv/Moscow", "Busan"]
    private static let subjects = [
        "Harbour authority", "City council", "Rail operator", "Island school", "Fishermen", "Weather office", "Museum", "Ferry company",
    ]
    private static let verbs = ["opens", "delays", "approves", "welcomes", "reviews", "extends", "closes", "plans"]
    private static let objects = [
        "night ferry", "new promenade", "winter timetable", "observatory", "market hall", "bridge repairs", "apprentice scheme", "lifeboat station",
    ]
    private static let words =
        ("the harbour authority said on Tuesday that the service would run four times a night "
        + "and cost the same as the day fare while officials expected more passengers during the winter "
        + "months because the roads to the coast are often closed by snow and ice").split(separator: " ").map(String.init)

    private static func sentence(_ random: inout Generator) -> String {
        let length = 10 + random.next(below: 14)
        var words: [String] = []
        for _ in 0..<length { words.append(Self.words[random.next(below: Self.words.count)]) }
        let text = words.joined(separator: " ")
        return text.prefix(1).uppercased() + text.dropFirst() + "."
    }

    private static func wrap(_ text: String, width: Int) -> String {
        guard text.utf8.count > width else { return text }
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if !current.isEmpty && current.utf8.count + 1 + word.utf8.count > width {
                lines.append(current)
                current = ""
            }
            current += current.isEmpty ? String(word) : " " + word
        }
        if !current.isEmpty { lines.append(current) }
        return lines.joined(separator: "\n")
    }

    struct Stamp {
        let printed: String
        let monthName: String
        let day: Int
    }

    /// Minutes after 2025-01-01 00:00 as a page prints them.
    private static func timestamp(minute: Int) -> Stamp {
        let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let weekdays = ["Wed", "Thu", "Fri", "Sat", "Sun", "Mon", "Tue"]  // 2025-01-01 was a Wednesday
        let monthLengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        let dayIndex = minute / 1440
        var year = 2025, remaining = dayIndex, month = 0
        while true {
            let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
            let length = monthLengths[month] + (month == 1 && leap ? 1 : 0)
            if remaining < length { break }
            remaining -= length
            month += 1
            if month == 12 { month = 0; year += 1 }
        }
        let hour24 = minute % 1440 / 60, minuteOfHour = minute % 60
        let hour12 = hour24 % 12 == 0 ? 12 : hour24 % 12
        let day = remaining + 1
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let printed = "\(weekdays[dayIndex % 7]), \(monthNames[month]) \(two(day)), \(year), \(two(hour12)):\(two(minuteOfHour)) \(hour24 < 12 ? "AM" : "PM")"
        return Stamp(printed: printed, monthName: monthNames[month], day: day)
    }
}

/// SplitMix64: small, fast and the same on every platform.
struct Generator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func next(below bound: Int) -> Int { Int(next() % UInt64(bound)) }
}
