/// Reads a byline line: `by IANS |`, `By Jane Doe | PTI`, `by IANS | Thu, Dec 25, 2025, 02:01 PM`.
struct BylineRule {
    /// The names, with `|` between the parts that are not timestamps.
    var names: String?
    /// A timestamp printed in the byline, the most direct evidence of the story's year.
    var timestamp: WallClockTime?
    /// The byline's parts that name people or agencies, in order.
    var parts: [String]

    /// Returns nil when the line is not a byline. Long lines and lines that end a
    /// sentence are body text that happens to start with "By".
    init?(_ line: Line) {
        let bytes = line.bytes
        guard bytes.count <= 160, bytes.hasCaselessPrefix("by ") else { return nil }
        let rest = bytes.dropFirst(3)
        let hasBar = rest.contains(UInt8(ascii: "|"))
        if !hasBar {
            let words = rest.split(separator: 0x20)
            guard words.count <= 6, let last = rest.last,
                last != UInt8(ascii: "."), last != UInt8(ascii: ","), last != UInt8(ascii: ":")
            else { return nil }
        }
        var parts: [String] = []
        var timestamp: WallClockTime?
        for part in rest.split(separator: UInt8(ascii: "|"), omittingEmptySubsequences: false) {
            let trimmed = part.trimmingSpaces()
            guard !trimmed.isEmpty else { continue }
            var cursor = TextCursor(trimmed)
            if let time = cursor.timestamp(), cursor.isAtEnd {
                timestamp = timestamp ?? time
            } else {
                parts.append(trimmed.utf8String)
            }
        }
        self.parts = parts
        self.names = parts.isEmpty ? nil : parts.joined(separator: " | ")
        self.timestamp = timestamp
    }
}
