import Foundation
import HTMLTree

/// Reads a page's JSON-LD blocks (`<script type="application/ld+json">`), which state
/// the article's headline, times, authors and publisher for search engines.
///
/// Only article types count (`NewsArticle` and its kin, `Article`, `BlogPosting`,
/// `LiveBlogPosting`), wherever they sit: at the top, in an array, inside `@graph`,
/// or as the `mainEntity` of a `WebPage`. Authors given as `@id` references are looked
/// up among the graph's other nodes.
enum LinkedData {
    static func read(_ text: String, into metadata: inout PageMetadata) {
        guard let data = cleaned(text).data(using: .utf8),
            let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        else { return }
        var nodes: [[String: Any]] = []
        collect(json, into: &nodes, depth: 0)
        var byID: [String: [String: Any]] = [:]
        for node in nodes { if let id = node["@id"] as? String { byID[id] = node } }
        guard let article = nodes.first(where: isArticle) else {
            if metadata.site == nil, let organization = nodes.first(where: { types(of: $0).contains("WebSite") }) {
                metadata.site = string(organization["name"])
            }
            return
        }
        if metadata.headline == nil { metadata.headline = string(article["headline"]) ?? string(article["name"]) }
        if metadata.published == nil { metadata.published = string(article["datePublished"]) ?? string(article["dateCreated"]) }
        if metadata.modified == nil { metadata.modified = string(article["dateModified"]) }
        if metadata.section == nil { metadata.section = string(article["articleSection"]) }
        if metadata.language == nil { metadata.language = string(article["inLanguage"]) }
        if metadata.url == nil {
            metadata.url =
                string(article["url"]) ?? (article["mainEntityOfPage"] as? [String: Any]).flatMap { string($0["@id"]) }
                ?? (article["mainEntityOfPage"] as? String)
        }
        if metadata.articleBody == nil { metadata.articleBody = string(article["articleBody"]) }
        if metadata.authors.isEmpty { metadata.authors = names(article["author"], byID: byID) }
        if metadata.site == nil { metadata.site = names(article["publisher"], byID: byID).first }
        if types(of: article).contains("LiveBlogPosting") { metadata.isLiveBlog = true }
    }

    private static let articleTypes: Set<String> = [
        "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "ReviewNewsArticle",
        "BackgroundNewsArticle", "AskPublicNewsArticle", "Article", "BlogPosting", "LiveBlogPosting", "SatiricalArticle",
        "ScholarlyArticle", "TechArticle", "Report",
    ]

    private static func isArticle(_ node: [String: Any]) -> Bool {
        types(of: node).contains { articleTypes.contains($0) }
    }

    private static func types(of node: [String: Any]) -> [String] {
        let type = node["@type"]
        let all = (type as? String).map { [$0] } ?? (type as? [Any])?.compactMap { $0 as? String } ?? []
        // `http://schema.org/NewsArticle` and `schema:NewsArticle` are the same type.
        return all.map { String($0.split(whereSeparator: { $0 == "/" || $0 == ":" }).last ?? Substring($0)) }
    }

    /// Every object in the JSON, the article types first found first; bounded in depth.
    private static func collect(_ value: Any, into nodes: inout [[String: Any]], depth: Int) {
        guard depth < 8 else { return }
        if let object = value as? [String: Any] {
            nodes.append(object)
            for key in ["@graph", "mainEntity", "mainEntityOfPage", "itemListElement", "hasPart"] {
                if let inner = object[key] { collect(inner, into: &nodes, depth: depth + 1) }
            }
        } else if let array = value as? [Any] {
            for item in array.prefix(200) { collect(item, into: &nodes, depth: depth + 1) }
        }
    }

    private static func names(_ value: Any?, byID: [String: [String: Any]]) -> [String] {
        if let text = string(value) { return text.includes("://") ? [] : [text] }
        if let array = value as? [Any] { return array.flatMap { names($0, byID: byID) } }
        if var object = value as? [String: Any] {
            if object["name"] == nil, let id = object["@id"] as? String, let referenced = byID[id] { object = referenced }
            if let name = string(object["name"]) { return [name] }
        }
        return []
    }

    private static func string(_ value: Any?) -> String? {
        if let text = value as? String {
            let folded = CleanText.folded(HTMLParser.decodingCharacterReferences(text)).trimmingSpaces
            return folded.isEmpty ? nil : folded
        }
        if let array = value as? [Any], let first = array.first { return string(first) }
        return nil
    }

    /// Some pages wrap their JSON in HTML comments or CDATA markers, or leave control
    /// characters in strings; JSON parsers refuse all of these.
    private static func cleaned(_ text: String) -> String {
        var body = text.trimmingSpaces
        for (prefix, suffix) in [("<!--", "-->"), ("//<![CDATA[", "//]]>"), ("<![CDATA[", "]]>")]
        where body.hasPrefix(prefix) && body.hasSuffix(suffix) {
            body = String(body.dropFirst(prefix.count).dropLast(suffix.count))
        }
        guard body.utf8.contains(where: { $0 < 0x20 }) else { return body }
        return String(decoding: body.utf8.map { $0 < 0x20 ? 0x20 : $0 }, as: UTF8.self)
    }
}
