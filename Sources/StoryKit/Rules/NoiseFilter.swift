/// Recognises page furniture that is not part of the article: advertising
/// markers, share buttons, copyright lines, menus and breadcrumbs.
///
/// Runs on every line of every page, so each rule starts with a check on the
/// bytes that rejects ordinary sentences without allocating.
enum NoiseFilter {
    static func isNoise(_ line: Line) -> Bool {
        let bytes = line.bytes
        guard let first = bytes.first else { return false }
        if !bytes.contains(where: { $0.isASCIIAlphanumeric || $0 >= 0x80 }) {
            return true  // rules such as `* * *` or `-----`
        }
        if first == 0xC2 || first == UInt8(ascii: "c") || first == UInt8(ascii: "C") || first == UInt8(ascii: "(") {
            if bytes.hasCaselessPrefix("©") || bytes.hasCaselessPrefix("copyright ") || bytes.hasCaselessPrefix("(c) ") {
                return true
            }
        }
        if bytes.count <= 120, let last = bytes.last, last == UInt8(ascii: "d") || last == UInt8(ascii: "."),
            bytes.hasCaselessSuffix("all rights reserved") || bytes.hasCaselessSuffix("all rights reserved.")
        {
            return true
        }
        if bytes.count <= longestPhrase && phrases.contains(lowercasedKey(bytes)) { return true }
        if bytes.count <= 100, socialWords.contains(PackedWord(bytes[..<(bytes.firstIndex(of: 0x20) ?? bytes.endIndex)])) {
            let words = bytes.split(separator: 0x20)
            if words.count > 1 && words.allSatisfy({ socialWords.contains(PackedWord($0)) }) { return true }
        }
        if first == UInt8(ascii: "h") || first == UInt8(ascii: "H"), isBreadcrumb(bytes) { return true }
        return isMenu(bytes)
    }

    private static func lowercasedKey(_ bytes: ArraySlice<UInt8>) -> String {
        var key = String(decoding: bytes.map(\.asciiLowercased), as: UTF8.self)
        if key.hasSuffix(":") { key.removeLast() }
        return key
    }

    /// `Home > World > Asia`, `Home / News`, `Home » Sport`.
    private static func isBreadcrumb(_ bytes: ArraySlice<UInt8>) -> Bool {
        ["home > ", "home / ", "home » ", "home › "].contains { bytes.hasCaselessPrefix($0) }
    }

    /// Three or more short items separated by `|`, like a site's navigation bar.
    private static func isMenu(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard bytes.count <= 200, bytes.contains(UInt8(ascii: "|")), !bytes.hasCaselessPrefix("by ") else { return false }
        let items = bytes.split(separator: UInt8(ascii: "|"), omittingEmptySubsequences: false)
        guard items.count >= 3 else { return false }
        return items.allSatisfy { item in
            let words = item.split(separator: 0x20)
            return (1...3).contains(words.count) && !item.contains(where: \.isASCIIDigit)
        }
    }

    private static let phrases: Set<String> = [
        "advertisement", "advertisements", "advertising", "ad", "sponsored", "sponsored content",
        "story continues below advertisement", "continue reading below", "scroll to continue with content",
        "share", "share this", "share this article", "share this story", "share article",
        "tweet", "print", "email", "e-mail", "copy link", "link copied", "comments", "comment",
        "follow us", "follow us on", "subscribe", "subscribe now", "subscribe to our newsletter",
        "sign in", "log in", "login", "download app", "download the app", "click here",
        "listen to this article", "(end)", "font size", "a+ a-", "a- a+", "save", "bookmark",
        // The same labels over ads in the other languages Byline meets.
        "publicidad", "anuncio", "werbung", "anzeige", "publicité", "publicite", "pubblicità", "pubblicita",
        "reklama", "publicidade", "advertentie", "annonce", "إعلان", "广告", "広告", "weiterlesen nach der anzeige",
        "la publicité se termine",
    ]
    private static let longestPhrase = phrases.map(\.utf8.count).max()! + 1

    private static let socialWords: Set<PackedWord> = Set(
        [
            "share", "facebook", "twitter", "x", "whatsapp", "linkedin", "telegram", "reddit",
            "email", "e-mail", "print", "copy", "link", "koo", "pinterest", "tweet", "on",
        ].map { PackedWord(Array($0.utf8)[...]) })
}
