import Foundation
import HTMLTree

/// Picks the article's headline from what the page offers: its `<h1>` elements, the
/// JSON-LD headline, OpenGraph and Twitter titles and the document `<title>`.
///
/// The visible `<h1>` that the page's own titles agree with is the headline people
/// see; a site name in a logo `<h1>` agrees with none of them. Without such an
/// `<h1>`, the JSON-LD headline is the page's own statement, and a title stripped of
/// its " | Site name" part comes last.
struct HeadlineChooser {
    let metadata: PageMetadata
    let headings: [String]
    /// The site's name as a key and the page's host name, worked out once: every heading
    /// and every part of every title is held against them.
    private let siteKey: String?
    private let hostName: String?

    init(metadata: PageMetadata, headings: [String]) {
        self.metadata = metadata
        self.headings = headings
        siteKey = metadata.site.map(ArticleBlocks.key).flatMap { $0.isEmpty ? nil : $0 }
        hostName = metadata.url.flatMap(Self.host)
    }

    /// Texts of short body elements (a `td`, a `span.headline`), for finding which part
    /// of a title the page prints on its own.
    var elementTexts: () -> Set<String> = { [] }
    /// Title-like lines just above the article's text, nearest first (a `td.headline`,
    /// an `h3`), for old pages whose titles name only the site.
    var linesAboveArticle: [String] = []
    /// Content words of the article's first paragraphs: a headline shares some of
    /// them, a site name or a section label almost never does.
    var leadWords: Set<String> = []
    /// `h3`/`h4` texts and elements named for a headline, asked for only when the
    /// page's titles and main headings all fail.
    var minorHeadings: () -> [String] = { [] }

    func headline() -> String? {
        let titles = [metadata.headline, metadata.openGraphTitle, metadata.twitterTitle, metadata.documentTitle]
            .compactMap { $0 }.filter { !$0.isEmpty }
        // Each title is cut into its parts once, not once for every heading it is held against.
        let keys = titles.map(ArticleBlocks.key).map { (title: $0, parts: Self.split($0)) }
        var best: (heading: String, strength: Int)?
        for heading in headings where (1...400).contains(heading.count) {
            let key = ArticleBlocks.key(heading)
            guard key.count >= 3, !isSiteName(heading) else { continue }
            let strength = keys.map { agreement(of: key, with: $0.title, parts: $0.parts) }.max() ?? 0
            if strength > (best?.strength ?? 0) { best = (heading, strength) }
        }
        if let best {
            // A heading that only matches a part or the end of a title ("Sports Wire" in
            // "site.example - Sports Wire") is a section name when it shares no word with
            // the article and another heading of the page shares several.
            if best.strength <= 3, !leadWords.isEmpty, sharedWords(best.heading) == 0,
                let sharing = mostSharing(headings.filter { !isSiteName($0) })
            {
                return sharing
            }
            return best.heading
        }
        if let headline = metadata.headline, !isSiteName(headline) { return stripped(headline) }
        // What is left are guesses; the first that shares words with the article's
        // opening wins, and the order decides only when none does.
        var guesses: [String] = []
        if let part = printedTitlePart(titles) { guesses.append(part) }
        let structured = metadata.openGraphTitle != nil || metadata.twitterTitle != nil
        // Lines above the article are only taken when they share words with it: a date
        // line or a section label sits there too.
        let nearby = structured ? [] : linesAboveArticle.filter { !isSiteName($0) && !Self.isDateLine($0) && sharesWords($0) }
        if let line = nearby.first, guesses.isEmpty { return line }
        if !structured, let heading = headings.first(where: { $0.split(separator: " ").count >= 4 && !isSiteName($0) }) {
            guesses.append(heading)
        }
        for title in [metadata.openGraphTitle, metadata.twitterTitle, metadata.documentTitle].compactMap({ $0 }) {
            let headline = stripped(title)
            if !headline.isEmpty && !isSiteName(headline) { guesses.append(headline) }
        }
        if let heading = headings.first(where: { !isSiteName($0) && $0.count >= 3 }) { guesses.append(heading) }
        if !leadWords.isEmpty {
            if let sharing = guesses.first(where: { sharesWords($0) && !Self.isDateLine($0) }) { return sharing }
            // The title names only the site: any heading of the page that opens the article wins.
            if let sharing = mostSharing((nearby + headings + minorHeadings()).filter { !isSiteName($0) }) { return sharing }
        }
        return guesses.first { !Self.isDateLine($0) } ?? guesses.first
    }

    /// The line that shares the most words with the article's opening (the earliest of
    /// equals), among those that share enough.
    private func mostSharing(_ lines: [String]) -> String? {
        var best: (line: String, shared: Int)?
        for line in lines where sharesWords(line) && !Self.isDateLine(line) {
            let shared = Self.contentWords(line).filter(leadWords.contains).count
            if shared > (best?.shared ?? 0) { best = (line, shared) }
        }
        return best?.line
    }

    private func sharedWords(_ line: String) -> Int {
        Self.contentWords(line).filter(leadWords.contains).count
    }

    /// Whether two or more of a line's content words, and at least two in five of them,
    /// open the article too.
    private func sharesWords(_ line: String) -> Bool {
        let words = Self.contentWords(line)
        guard words.count >= 2 else { return false }
        let shared = words.filter(leadWords.contains).count
        return shared >= 2 && shared * 5 >= words.count * 2
    }

    /// "24 November 2007", "Wednesday January 9 2008": a date, not a headline.
    static func isDateLine(_ text: String) -> Bool {
        let digits = text.filter(\.isNumber).count
        return digits >= 4 && text.split(separator: " ").count <= 5
    }

    /// Lower-case words of three letters or more that are not function words, cut to
    /// their first five letters so that "scores" meets "scored" and "resuming" "resume".
    ///
    /// It walks Unicode scalars rather than characters (a page's opening is long, and
    /// grapheme breaking costs more than the rest of the headline choice): a letter or
    /// digit starts or continues a word, a combining mark stays with the scalar before
    /// it, as it would in a `Character`.
    static func contentWords(_ text: String) -> [String] {
        let scalars = text.lowercasedQuickly.unicodeScalars
        var words: [String] = []
        // The word being read, as a range of the lowered text (no string is built for a
        // word until it is kept), and the end of its first five characters.
        var wordStart: String.UnicodeScalarView.Index?
        var prefixEnd = scalars.startIndex
        var characters = 0
        func endWord(at end: String.UnicodeScalarView.Index) {
            if characters >= 3, let start = wordStart, !StopWords.contains(Substring(scalars[start..<end])) {
                words.append(String(Substring(scalars[start..<prefixEnd])))
            }
            wordStart = nil
            characters = 0
        }
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            let continues = !scalar.isASCII && Self.isCombining(scalar)
            if continues || Self.isWordScalar(scalar) {
                // A mark after a space or punctuation belongs to no word, like its base.
                if !continues || characters > 0 {
                    if wordStart == nil { wordStart = index }
                    if !continues { characters += 1 }
                    if characters <= 5 { prefixEnd = next }
                }
            } else if characters > 0 {
                endWord(at: index)
            }
            index = next
        }
        endWord(at: scalars.endIndex)
        return words
    }

    /// Letters and digits: what `Character.isLetter` and `isNumber` ask of a first scalar.
    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (value >= 0x61 && value <= 0x7A) || (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// Scalars that extend the character before them (combining marks, joiners, variation selectors).
    private static func isCombining(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return scalar.value == 0x200D || (0xFE00...0xFE0F).contains(scalar.value)
        }
    }

    /// How well a heading agrees with a title: 4 the same, 3 the title's start or end
    /// and most of it, 2 one of its parts, 1 a start or end of three words or more.
    /// A heading of one or two words that is only a part ("Opinion") agrees weakly.
    private func agreement(of key: String, with title: String, parts titleParts: [String]) -> Int {
        if key == title { return 4 }
        let words = key.split(separator: " ").count
        let atStart = title.hasPrefix(key) && Self.isBoundary(title, after: key.count)
        let atEnd = title.hasSuffix(key) && Self.isBoundary(title, before: title.count - key.count)
        if (atStart || atEnd) && key.count * 2 > title.count { return 3 }
        if titleParts.contains(key) { return words <= 2 ? 1 : 2 }
        if (atStart || atEnd) && words >= 3 { return 1 }
        return 0
    }

    private static func isBoundary(_ text: String, after count: Int) -> Bool {
        guard count < text.count else { return true }
        let next = text[text.index(text.startIndex, offsetBy: count)]
        return !(next.isLetter || next.isNumber)
    }

    private static func isBoundary(_ text: String, before count: Int) -> Bool {
        guard count > 0 else { return true }
        let previous = text[text.index(text.startIndex, offsetBy: count - 1)]
        return !(previous.isLetter || previous.isNumber)
    }

    /// The part of a title ("Headline_English_Site", "Section: Headline") that the page
    /// also prints as the whole text of one element, which is what readers see as its
    /// headline.
    private func printedTitlePart(_ titles: [String]) -> String? {
        var found: String?
        // The page's element texts are gathered only once a title has a part to look for.
        var elementTexts: Set<String>?
        for title in titles {
            let whole = ArticleBlocks.key(title)
            for part in Self.looseSplit(title) where part.split(separator: " ").count >= 3 {
                let key = ArticleBlocks.key(part)
                guard key != whole, !isSiteName(part) else { continue }
                if elementTexts == nil { elementTexts = self.elementTexts() }
                guard elementTexts?.contains(key) == true else { continue }
                if part.count > (found?.count ?? 0) { found = part }
            }
            if found != nil { return found }
        }
        return nil
    }

    /// A title cut at every separator sites use, spaced or not.
    private static func looseSplit(_ title: String) -> [String] {
        cut(title, at: separators + ["|", "_", ": ", " -", "- ", " > ", "(", ")"])
    }

    /// A title without the site's name: "Ferry returns | Harbour Gazette" → "Ferry returns".
    func stripped(_ title: String) -> String {
        let parts = Self.split(title)
        guard parts.count > 1 else { return title }
        let kept = parts.filter { !isSiteName($0) }
        if kept.count == 1 { return kept[0] }
        return (kept.isEmpty ? parts : kept).max { $0.count < $1.count } ?? title
    }

    private func isSiteName(_ text: String) -> Bool {
        let key = ArticleBlocks.key(text)
        if let site = siteKey {
            if key == site || (key.count <= site.count + 4 && key.includes(site)) { return true }
        }
        if let host = hostName {
            let squeezed = Self.lettersAndDigits(of: key)
            if squeezed.count >= 3 && (host == squeezed || host.hasPrefix(squeezed) && squeezed.count * 3 >= host.count * 2) { return true }
        }
        return false
    }

    /// The text's letters and digits only: "The Harbour-Gazette" → "TheHarbourGazette".
    /// ASCII text, most titles, is filtered byte by byte rather than by `Character`.
    private static func lettersAndDigits(of text: String) -> String {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return text.filter { $0.isLetter || $0.isNumber } }
        return String(decoding: text.utf8.filter { ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) }, as: UTF8.self)
    }

    /// `https://www.harbourgazette.example/news/…` → `harbourgazette`.
    private static func host(_ url: String) -> String? {
        guard let start = url.range(of: "://")?.upperBound else { return nil }
        let host = url[start...].prefix { $0 != "/" && $0 != ":" && $0 != "?" }.lowercased()
        let labels = host.split(separator: ".").filter { $0 != "www" && $0 != "m" && $0 != "amp" }
        return labels.first.map { lettersAndDigits(of: String($0)) }
    }

    private static let separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " « ", " / ", " ｜ "]

    private static func split(_ title: String) -> [String] {
        cut(title, at: separators)
    }

    /// The text cut at every occurrence of any separator, the pieces trimmed.
    private static func cut(_ text: String, at separators: [String]) -> [String] {
        var parts = [Substring(text)]
        // A separator the whole text lacks is in none of its parts.
        for separator in separators where text.includes(separator) {
            parts = parts.flatMap { $0.pieces(separatedBy: separator) }
        }
        return parts.map(\.trimmingSpaces).filter { !$0.isEmpty }
    }
}
