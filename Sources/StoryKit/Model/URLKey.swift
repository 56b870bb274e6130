import Foundation

/// The form of a URL used to match a link with the page it points to: scheme, `www.`,
/// `m.` and `amp.` prefixes, query, fragment and a trailing slash or `/amp` dropped,
/// host in lower case. `https://www.site.example/news/a-story/?utm=x#top` and
/// `http://site.example/news/a-story` are the same page.
public enum URLKey {
    /// A stable 64-bit key, never 0 (0 means "no URL").
    public static func hash(_ url: String?) -> UInt64 {
        guard let url, let normalised = normalised(url) else { return 0 }
        let key = StableHasher.hash(Array(normalised.utf8))
        return key == 0 ? 1 : key
    }

    public static func normalised(_ url: String) -> String? {
        guard let (host, rest) = split(url) else { return nil }
        var path = String(rest)
        while path.hasSuffix("/") { path.removeLast() }
        if path.hasSuffix("/amp") { path.removeLast(4) }
        return host + path
    }

    /// The host of an address as links compare it (lower case, without `www.`, `m.`,
    /// `amp.` or a port): what `site:` in a search matches.
    public static func host(_ url: String) -> String? {
        split(url)?.host
    }

    /// The normalised host, and the path after it without query or fragment.
    private static func split(_ url: String) -> (host: String, path: Substring)? {
        var rest = Substring(url.trimmingCharacters(in: " \t\n\r"))
        guard let scheme = rest.range(of: "://") else { return nil }
        rest = rest[scheme.upperBound...]
        if let end = rest.firstIndex(where: { $0 == "?" || $0 == "#" }) { rest = rest[..<end] }
        let hostEnd = rest.firstIndex(of: "/") ?? rest.endIndex
        var host = rest[..<hostEnd].lowercased()
        for prefix in ["www.", "m.", "amp."] where host.hasPrefix(prefix) { host.removeFirst(prefix.count) }
        if let port = host.firstIndex(of: ":") { host = String(host[..<port]) }
        guard !host.isEmpty else { return nil }
        return (host, rest[hostEnd...])
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: String) -> String {
        var slice = Substring(self)
        while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
