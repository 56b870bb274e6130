import HTMLTree
import SeededRandom
import Testing

@testable import PageReading

/// The byte-level fast paths of the article reader give what the plain definitions give:
/// random text mixing ASCII with the characters that break fast paths (curly quotes,
/// combining marks, `\r\n`, letters whose lower case changes length, CJK, Hangul).
@Suite struct FastTextPathTests {
    private static let alphabet: [String] = [
        "a", "Z", "q", "M", "7", " ", " ", "\t", "\n", "\r", "\r\n", "-", ".", "’", "“", "—", "\u{0301}", "\u{200D}",
        "İ", "ẞ", "\u{212A}", "Σ", "ß", "É", "ё", "Ж", "東", "京", "한", "\u{3000}", "\u{00A0}", "\u{00AD}", "\u{FEFF}",
        "\u{0007}", "Ⅻ", "Ａ", "ǅ",
    ]

    private static func randomTexts(count: Int, seed: UInt64) -> [String] {
        var random = SplitMix64(seed: seed)
        return (0..<count).map { _ in
            (0..<random.next(below: 24)).map { _ in alphabet[random.next(below: alphabet.count)] }.joined()
        }
    }

    @Test func quickLowercaseIsLowercase() {
        for text in Self.randomTexts(count: 3_000, seed: 11) {
            #expect(text.lowercasedQuickly == text.lowercased(), "\(Array(text.unicodeScalars))")
        }
    }

    @Test func trimmingOnBytesTrimsTheSameCharacters() {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" }
        func reference(_ text: Substring) -> String {
            guard let first = text.firstIndex(where: { !isSpace($0) }), let last = text.lastIndex(where: { !isSpace($0) }) else { return "" }
            return String(text[first...last])
        }
        for text in Self.randomTexts(count: 3_000, seed: 12) {
            #expect(text.trimmingSpaces == reference(text[...]), "\(Array(text.unicodeScalars))")
            let inner = text.dropFirst().dropLast()
            #expect(inner.trimmingSpaces == reference(inner), "\(Array(inner.unicodeScalars))")
        }
    }

    @Test func foldingWrittenInPlaceMatchesFoldingByScalar() {
        func reference(_ text: String) -> String {
            var result = String.UnicodeScalarView()
            var pendingSpace = false
            for scalar in text.unicodeScalars {
                let value = scalar.value
                if CleanText.isSpace(value) {
                    pendingSpace = true
                } else if value < 0x20 || (0x7F...0x9F).contains(value) || value == 0xFEFF || value == 0xAD {
                    continue
                } else {
                    if pendingSpace { result.append(" ") }
                    pendingSpace = false
                    result.append(scalar)
                }
            }
            if pendingSpace { result.append(" ") }
            return String(result)
        }
        for text in Self.randomTexts(count: 3_000, seed: 13) {
            #expect(CleanText.folded(text) == reference(text), "\(Array(text.unicodeScalars))")
        }
    }

    @Test func packedNameTableFindsEveryNameAndNoOther() {
        var random = SplitMix64(seed: 14)
        let letters = Array("abcdefghijklmnopqrstuvwxyz-_:".utf8)
        var names: Set<String> = []
        while names.count < 300 {
            names.insert(String(decoding: (0..<(1 + random.next(below: 16))).map { _ in letters[random.next(below: letters.count)] }, as: UTF8.self))
        }
        let listed = Array(names.prefix(200))
        let table = PackedNameTable(listed.map { (PackedName($0)!, $0) })
        for name in listed { #expect(table[PackedName(name)!] == name) }
        for name in names.dropFirst(200) { #expect(table[PackedName(name)!] == nil) }
        #expect(PackedName(String(repeating: "x", count: 17)) == nil)
    }
}
