/// Reads an agency sign-off: `--IANS`, `-- PTI`, `—AFP`, `(ANI)`, optionally
/// followed on the same line by desk tags such as `ksk/`.
enum SignOffRule {
    /// The agency named when the whole line is a sign-off.
    static func agency(inLine line: Line) -> String? {
        guard line.count <= 80 else { return nil }
        var words = line.bytes.split(separator: 0x20)[...]
        while let last = words.last, LineRules.isDeskTagWord(last) { words = words.dropLast() }
        guard let first = words.first, let last = words.last else { return nil }
        let text = line.bytes[first.startIndex..<last.endIndex]
        if let inner = parenthesised(text) { return agencyName(inner) }
        let afterDashes = droppingLeadingDashes(text)
        guard afterDashes.count < text.count else { return nil }
        return agencyName(afterDashes.trimmingSpaces())
    }

    /// A sign-off glued to the end of the last paragraph (`... said the official. (ANI)`).
    /// Only all-capital agency names count here, so ordinary closing parentheses stay text.
    static func trailing(in paragraph: String) -> (text: String, agency: String)? {
        let bytes = Array(paragraph.utf8)[...]
        guard let lastSpace = bytes.lastIndex(of: 0x20) else { return nil }
        let tail = bytes[(lastSpace + 1)...]
        let inner =
            parenthesised(tail)
            ?? {
                let dropped = droppingLeadingDashes(tail)
                return dropped.count < tail.count && tail.starts(with: [UInt8(ascii: "-"), UInt8(ascii: "-")]) ? dropped : nil
            }()
        guard let inner, AgencyName.looksLikeAgency(inner.utf8String),
            inner.allSatisfy({ $0.isASCIIUppercase })
        else { return nil }
        let kept = bytes[..<lastSpace].trimmingSpaces()
        guard !kept.isEmpty else { return nil }
        return (kept.utf8String, inner.utf8String)
    }

    private static func parenthesised(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        guard bytes.count >= 3, bytes.first == UInt8(ascii: "("), bytes.last == UInt8(ascii: ")") else { return nil }
        let inner = bytes.dropFirst().dropLast()
        return inner.contains(UInt8(ascii: "(")) || inner.contains(UInt8(ascii: ")")) ? nil : inner.trimmingSpaces()
    }

    /// Drops `-`, `–` and `—` from the front.
    static func droppingLeadingDashes(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var slice = bytes
        while true {
            if slice.first == UInt8(ascii: "-") {
                slice = slice.dropFirst()
            } else if slice.count >= 3, slice.prefix(3).elementsEqual([0xE2, 0x80, 0x94]) || slice.prefix(3).elementsEqual([0xE2, 0x80, 0x93]) {
                slice = slice.dropFirst(3)
            } else {
                return slice
            }
        }
    }

    /// One to four words, starting with a capital, of letters and `. & ' -` only.
    private static func agencyName(_ bytes: ArraySlice<UInt8>) -> String? {
        guard (2...32).contains(bytes.count), let first = bytes.first, first.isASCIIUppercase,
            let last = bytes.last, last.isASCIILetter || last == UInt8(ascii: "."),
            bytes.split(separator: 0x20).count <= 4,
            bytes.allSatisfy({
                $0.isASCIILetter || $0 == 0x20 || $0 == UInt8(ascii: ".")
                    || $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "'") || $0 == UInt8(ascii: "-")
            })
        else { return nil }
        return bytes.utf8String
    }
}
