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

    func headline() -> String? {
        let titles = [metadata.headline, metadata.openGraphTitle, metadata.twitterTitle, metadata.documentTitle]
            .compactMap { $0 }.filter { !$0.isEmpty }
        let keys = titles.map(ArticleBlocks.key)
        for heading in headings where (1...400).contains(heading.count) {
            let key = ArticleBlocks.key(heading)
            guard key.count >= 3, !isSiteName(heading) else { continue }
            if keys.contains(where: { $0 == key || titleParts($0).contains(key) || ($0.hasPrefix(key) && key.count * 2 > $0.count) }) {
                return heading
            }
        }
        if let headline = metadata.headline, !isSiteName(headline) { return stripped(headline) }
        for title in [metadata.openGraphTitle, metadata.twitterTitle, metadata.documentTitle].compactMap({ $0 }) {
            let headline = stripped(title)
            if !headline.isEmpty && !isSiteName(headline) { return headline }
        }
        return headings.first { !isSiteName($0) && $0.count >= 3 }
    }

    /// A title without the site's name: "Ferry returns | Harbour Gazette" → "Ferry returns".
    func stripped(_ title: String) -> String {
        let parts = Self.split(title)
        guard parts.count > 1 else { return title }
        let kept = parts.filter { !isSiteName($0) }
        if kept.count == 1 { return kept[0] }
        return (kept.isEmpty ? parts : kept).max { $0.count < $1.count } ?? title
    }

    private func titleParts(_ key: String) -> [String] {
        Self.split(key)
    }

    private func isSiteName(_ text: String) -> Bool {
        let key = ArticleBlocks.key(text)
        if let site = metadata.site.map(ArticleBlocks.key), !site.isEmpty {
            if key == site || (key.count <= site.count + 4 && key.contains(site)) { return true }
        }
        if let host = metadata.url.flatMap(Self.host) {
            let squeezed = key.filter { $0.isLetter || $0.isNumber }
            if squeezed.count >= 3 && (host == squeezed || host.hasPrefix(squeezed) && squeezed.count * 3 >= host.count * 2) { return true }
        }
        return false
    }

    /// `https://www.harbourgazette.example/news/…` → `harbourgazette`.
    private static func host(_ url: String) -> String? {
        guard let start = url.range(of: "://")?.upperBound else { return nil }
        let host = url[start...].prefix { $0 != "/" && $0 != ":" && $0 != "?" }.lowercased()
        let labels = host.split(separator: ".").filter { $0 != "www" && $0 != "m" && $0 != "amp" }
        return labels.first.map { String($0).filter { $0.isLetter || $0.isNumber } }
    }

    private static let separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " « ", " / ", " ｜ "]

    private static func split(_ title: String) -> [String] {
        var parts = [title]
        for separator in separators {
            parts = parts.flatMap { $0.components(separatedBy: separator) }
        }
        return parts.map(\.trimmingSpaces).filter { !$0.isEmpty }
    }
}
