/// Recognises page furniture that is not part of the article: advertising
/// markers, share buttons, copyright lines, menus and breadcrumbs.
enum NoiseFilter {
    static func isNoise(_ line: Line) -> Bool {
        let bytes = line.bytes
        guard !bytes.isEmpty else { return false }
        if !bytes.contains(where: { $0.isASCIILetter || $0 >= 0x80 || $0.isASCIIDigit }) {
            return true  // rules such as `* * *` or `-----`
        }
        if bytes.hasCaselessPrefix("©") || bytes.hasCaselessPrefix("copyright ")
            || bytes.hasCaselessPrefix("(c) ") {
            return true
        }
        if bytes.count <= 80 {
            let lowered = String(decoding: bytes.map(\.asciiLowercased), as: UTF8.self)
            let key = lowered.hasSuffix(":") ? String(lowered.dropLast()) : lowered
            if phrases.contains(key) { return true }
            if key.contains("all rights reserved") { return true }
            let words = key.split(separator: " ")
            if words.count > 1, words.allSatisfy({ socialWords.contains(String($0)) }) { return true }
            if isBreadcrumb(key) { return true }
        }
        return isMenu(bytes)
    }

    /// `Home > World > Asia`, `Home / News`, `Home » Sport`.
    private static func isBreadcrumb(_ lowered: String) -> Bool {
        ["home > ", "home / ", "home » ", "home › "].contains { lowered.hasPrefix($0) }
    }

    /// Three or more short items separated by `|`, like a site's navigation bar.
    private static func isMenu(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard bytes.count <= 200, !bytes.hasCaselessPrefix("by ") else { return false }
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
    ]

    private static let socialWords: Set<String> = [
        "share", "facebook", "twitter", "x", "whatsapp", "linkedin", "telegram", "reddit",
        "email", "e-mail", "print", "copy", "link", "koo", "pinterest", "tweet", "on",
    ]
}
