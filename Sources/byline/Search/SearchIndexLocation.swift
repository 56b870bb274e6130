import Foundation
import StoryKit

/// Where a store's search index lives: in the user's cache folder, never in the store.
///
/// The store is meant to be synced between machines by any file syncer, and a database
/// file copied by a syncer while SQLite writes it is a damaged database. So each machine
/// keeps its own index under `$XDG_CACHE_HOME/byline/index/` (else `~/.cache/…`), in a
/// folder named after the store's real path, and builds it from the synced story files.
enum SearchIndexLocation {
    static func path(forStore root: String, environment: [String: String]) -> String {
        let cache: String
        if let configured = environment["XDG_CACHE_HOME"], configured.hasPrefix("/") {
            cache = configured
        } else {
            cache = (environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp") + "/.cache"
        }
        let real = realPath(root)
        var hasher = StableHasher()
        hasher.combine(real)
        let key = String(hasher.finalize(), radix: 16)
        let name = real.split(separator: "/").last.map(String.init) ?? "store"
        let safeName = String(
            name.unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-") }.prefix(40).map(Character.init))
        return "\(cache)/byline/index/\(safeName.isEmpty ? "store" : safeName)-\(key)/search.sqlite"
    }

    private static func realPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
