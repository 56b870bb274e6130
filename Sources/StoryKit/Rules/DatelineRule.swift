/// Reads the dateline at the start of a first paragraph:
/// `Seoul, Dec 25 (IANS)`, `NEW DELHI, Dec. 25 (PTI) -`, `Kyiv/Moscow, December 25 (AFP) —`,
/// and the dateless `LONDON (Reuters) -`.
struct DatelineRule {
    var place: String
    var date: PartialDate?
    var agency: String
    /// The paragraph's text after the dateline and its separator.
    var remainder: String

    init?(paragraph: String) {
        let bytes = Array(paragraph.utf8)[...]
        let searchEnd = Swift.min(bytes.endIndex, 120)
        guard let open = bytes[..<searchEnd].firstIndex(of: UInt8(ascii: "(")),
            let close = bytes[open...].prefix(40).firstIndex(of: UInt8(ascii: ")"))
        else { return nil }
        let agency = bytes[(open + 1)..<close].trimmingSpaces()
        guard (2...30).contains(agency.count), agency.first?.isASCIILetter == true,
            !agency.contains(where: \.isASCIIDigit)
        else { return nil }
        guard let (place, date) = DatelineRule.placeAndDate(bytes[..<open].trimmingSpaces()) else { return nil }

        var rest = bytes[(close + 1)...].trimmingSpaces()
        rest = SignOffRule.droppingLeadingDashes(rest)
        if rest.first == UInt8(ascii: ":") { rest = rest.dropFirst() }
        self.place = place
        self.date = date
        self.agency = agency.utf8String
        self.remainder = rest.trimmingSpaces().utf8String
    }

    /// `Place, Date` (the date after the comma that makes the rest a whole date),
    /// or an all-capitals place with no date.
    private static func placeAndDate(_ prefix: ArraySlice<UInt8>) -> (String, PartialDate?)? {
        var comma = prefix.startIndex
        while let found = prefix[comma...].firstIndex(of: UInt8(ascii: ",")) {
            comma = found + 1
            var cursor = TextCursor(prefix[comma...])
            cursor.skipSpaces()
            if let date = cursor.partialDate(), cursor.isAtEnd {
                let place = prefix[..<found].trimmingSpaces()
                guard isPlausiblePlace(place) else { return nil }
                return (place.utf8String, date)
            }
        }
        guard isPlausiblePlace(prefix), prefix.count <= 40,
            prefix.allSatisfy({ !$0.isASCIILetter || $0.isASCIIUppercase }),
            prefix.filter(\.isASCIILetter).count >= 2
        else { return nil }
        return (prefix.utf8String, nil)
    }

    /// Short, starting with a letter, and without the punctuation that marks a sentence.
    private static func isPlausiblePlace(_ place: ArraySlice<UInt8>) -> Bool {
        guard (2...60).contains(place.count), let first = place.first,
            first.isASCIILetter || first >= 0x80,
            place.split(separator: 0x20).count <= 6
        else { return false }
        return !place.contains { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: ";") }
    }
}
