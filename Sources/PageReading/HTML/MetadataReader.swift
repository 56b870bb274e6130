import Foundation
import HTMLTree

/// Reads `PageMetadata` from a page: JSON-LD first (it is what the page tells search
/// engines, so it is usually right), then OpenGraph, `article:*`, Twitter and plain
/// `<meta name>` tags, `<link rel=canonical>`, `<time datetime>` and `<html lang>`.
enum MetadataReader {
    static func read(_ tree: HTMLTree) -> PageMetadata {
        var metadata = PageMetadata()
        var meta: [String: String] = [:]
        var metaAuthors: [String] = []
        var firstTime: String?
        for index in tree.nodes.indices {
            let node = tree[index]
            switch node.tag {
            case .script:
                if let type = tree.attribute("type", of: index)?.lowercased(), type.includes("ld+json") {
                    LinkedData.read(tree.textContent(of: index), into: &metadata)
                }
            case .meta:
                guard let raw = tree.attribute("content", of: index) else { continue }
                let content = CleanText.folded(raw).trimmingSpaces
                guard !content.isEmpty else { continue }
                for key in ["property", "name", "itemprop", "http-equiv"] {
                    guard let name = tree.attribute(key, of: index)?.lowercased().trimmingSpaces, !name.isEmpty else { continue }
                    if name == "author" || name == "article:author" || name == "dc.creator" || name == "sailthru.author" {
                        metaAuthors.append(content)
                    }
                    if meta[name] == nil { meta[name] = content }
                }
            case .link:
                if metadata.url == nil || meta["canonical"] == nil,
                    let relation = tree.attribute("rel", of: index)?.lowercased(),
                    relation.split(separator: " ").contains("canonical"),
                    let href = tree.attribute("href", of: index)?.trimmingSpaces, !href.isEmpty
                {
                    meta["canonical"] = meta["canonical"] ?? href
                }
            case .time:
                if firstTime == nil { firstTime = tree.attribute("datetime", of: index)?.trimmingSpaces }
            case .title:
                if metadata.documentTitle == nil { metadata.documentTitle = CleanText.folded(tree.textContent(of: index)).trimmingSpaces }
            case .html:
                if metadata.language == nil {
                    metadata.language = (tree.attribute("lang", of: index) ?? tree.attribute("xml:lang", of: index))?.trimmingSpaces
                }
            default:
                break
            }
        }
        metadata.openGraphTitle = meta["og:title"]
        metadata.twitterTitle = meta["twitter:title"]
        metadata.url = metadata.url ?? meta["canonical"] ?? meta["og:url"]
        metadata.site = metadata.site ?? meta["og:site_name"] ?? meta["application-name"]
        if metadata.authors.isEmpty {
            metadata.authors = metaAuthors.filter { !$0.includes("://") && !$0.hasPrefix("@") }
        }
        let publishedKeys = [
            "article:published_time", "og:article:published_time", "datepublished", "pubdate", "publishdate", "date",
            "dc.date", "dc.date.issued", "sailthru.date",
        ]
        metadata.published = metadata.published ?? publishedKeys.lazy.compactMap { meta[$0] }.first ?? firstTime
        metadata.modified = metadata.modified ?? meta["article:modified_time"]
        if metadata.language?.isEmpty ?? true {
            metadata.language = meta["content-language"] ?? meta["og:locale"].map { $0.replacingOccurrences(of: "_", with: "-") }
        }
        if let language = metadata.language { metadata.language = LanguageTag.normalised(language) }
        return metadata
    }
}
