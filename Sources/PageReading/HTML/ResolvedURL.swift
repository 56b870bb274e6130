/// A link's address made absolute against the page's own URL.
enum ResolvedURL {
    static func resolve(_ href: String, against base: String?) -> String {
        let link = href.trimmingSpaces
        if link.includes("://") || link.hasPrefix("mailto:") { return link }
        guard let base, let schemeEnd = base.range(of: "://") else { return link }
        let scheme = String(base[..<schemeEnd.lowerBound])
        if link.hasPrefix("//") { return scheme + ":" + link }
        let afterScheme = base[schemeEnd.upperBound...]
        let host = afterScheme.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let origin = scheme + "://" + host
        if link.hasPrefix("/") { return origin + link }
        let path = afterScheme.dropFirst(host.count).prefix { $0 != "?" && $0 != "#" }
        let folder = path.lastIndex(of: "/").map { String(path[...$0]) } ?? "/"
        return origin + folder + link
    }
}
