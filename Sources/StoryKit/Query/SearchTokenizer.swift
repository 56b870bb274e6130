import Foundation

/// Splits text into the words search matches, folded as the search index folds them.
///
/// It mirrors the index's tokenizer (SQLite FTS5 `unicode61`, `remove_diacritics 2`,
/// letters, numbers, private-use and marks as word characters) so that a scan of the
/// stories, the highlights in a result and the index agree on what a word is:
/// "Tōkyō", "TOKYO" and "tokyo" are one word; "U.S." is the two words "u" "s".
/// Chinese and Japanese script has no spaces between words, so each ideograph and kana
/// is a word of its own, and a run of them is searched as a phrase; the index is given
/// its text with those characters spaced out (`spacedForIndex`).
public enum SearchTokenizer {
    /// One word of a text and where it stands.
    public struct Token: Hashable, Sendable {
        public let folded: String
        public let range: Range<String.Index>
    }

    /// The folded words of `text`, in order.
    public static func words(_ text: String) -> [String] {
        tokens(text).map(\.folded)
    }

    /// The words of `text` with their places in it.
    public static func tokens(_ text: String) -> [Token] {
        var result: [Token] = []
        forEachToken(in: text[...]) { token in
            result.append(token)
            return true
        }
        return result
    }

    /// Calls `body` with each word of `text` in order until it returns false: a caller
    /// that needs only the first match of a long text stops reading there.
    public static func forEachToken(in text: Substring, _ body: (Token) -> Bool) {
        let scalars = text.unicodeScalars
        var start: String.Index?
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if isStandalone(scalar) {
                if let begin = start {
                    start = nil
                    guard body(Token(folded: fold(text[begin..<index]), range: begin..<index)) else { return }
                }
                guard body(Token(folded: fold(text[index..<next]), range: index..<next)) else { return }
            } else if isWordScalar(scalar) {
                if start == nil { start = index }
            } else if let begin = start {
                start = nil
                guard body(Token(folded: fold(text[begin..<index]), range: begin..<index)) else { return }
            }
            index = next
        }
        if let begin = start { _ = body(Token(folded: fold(text[begin..<scalars.endIndex]), range: begin..<scalars.endIndex)) }
    }

    /// `text` with a space on each side of every ideograph and kana, so the index's
    /// tokenizer makes each a word as `tokens` does; other text is returned unchanged.
    public static func spacedForIndex(_ text: String) -> String {
        // Ideographs and kana start with a lead byte of E3 or above.
        // Read as one buffer where the string has one (a loop the compiler vectorises):
        // the index builder asks this of every field of every story.
        let mayHaveStandalone = text.utf8.withContiguousStorageIfAvailable { $0.contains { $0 >= 0xE3 } } ?? text.utf8.contains { $0 >= 0xE3 }
        guard mayHaveStandalone else { return text }
        var spaced = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isStandalone(scalar) {
                spaced.append(" ")
                spaced.append(scalar)
                spaced.append(" ")
            } else {
                spaced.append(scalar)
            }
        }
        return String(spaced)
    }

    /// Lower case, and Latin letters without their accents.
    static func fold(_ word: Substring) -> String {
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: word.utf8.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
        }
        let decomposed = word.lowercased().decomposedStringWithCanonicalMapping
        var kept = String.UnicodeScalarView()
        var baseIsLatin = false
        for scalar in decomposed.unicodeScalars {
            if (0x300...0x36F).contains(scalar.value) {
                if !baseIsLatin { kept.append(scalar) }
                continue
            }
            baseIsLatin = isLatin(scalar)
            kept.append(scalar)
        }
        return String(kept).precomposedStringWithCanonicalMapping
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            let value = scalar.value
            return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .decimalNumber, .letterNumber, .otherNumber, .privateUse,
            .nonspacingMark, .spacingMark, .enclosingMark:
            return true
        default:
            return false
        }
    }

    /// Ideographs and kana: each is a word.
    static func isStandalone(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FFFF: true
        default: false
        }
    }

    private static func isLatin(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x1E00...0x1EFF: true
        default: false
        }
    }
}
