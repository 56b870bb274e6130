import StoryKit

/// Latest-news links between stories, derived from the catalog so they are
/// always current: a story imported later resolves the items that named it
/// without rewriting anything.
///
/// The reader keeps one for the whole store, so it is built from flat arrays: the
/// stories sorted by headline key (a binary search finds the ones a headline names)
/// and the backlinks as compressed rows, one per story, of the stories listing it.
/// For 100,000 stories that is a few megabytes, where dictionaries of arrays took tens.
public struct LinkIndex: Sendable {
    private let catalog: Catalog
    /// Headline keys, sorted, and beside each the catalog position of a story with it.
    private let sortedKeys: [UInt64]
    private let positionsByKey: [Int32]
    /// URL keys, sorted, and beside each the catalog position of the story with that URL.
    private let byURL: KeyedPositions
    /// The stories listing the story at catalog position `p` are
    /// `listingSources[listingStarts[p]..<listingStarts[p + 1]]`, newest first.
    private let listingStarts: [Int32]
    private let listingSources: [Int32]

    public init(catalog: Catalog) {
        self.catalog = catalog
        let entries = catalog.entries
        let byKey = entries.indices.sorted { entries[$0].headlineKey < entries[$1].headlineKey }
        let sortedKeys = byKey.map { entries[$0].headlineKey }, positionsByKey = byKey.map(Int32.init)
        self.sortedKeys = sortedKeys
        self.positionsByKey = positionsByKey
        let byURL = KeyedPositions(entries.indices.lazy.filter { entries[$0].urlKey != 0 }.map { (entries[$0].urlKey, Int32($0)) })
        self.byURL = byURL

        // Every (target, source) pair once per source, then grouped by target.
        var targets: [Int32] = [], sources: [Int32] = []
        var rowCounts = [Int32](repeating: 0, count: entries.count + 1)
        var seen: [Int32] = []
        for (source, entry) in entries.enumerated() where entry.linkCount > 0 {
            seen.removeAll(keepingCapacity: true)
            catalog.forEachLink(of: entry) { item in
                guard
                    let target = byURL.first(item.urlKey, except: Int32(source))
                        ?? Self.resolve(item, from: Int32(source), entries: entries, sortedKeys: sortedKeys, positionsByKey: positionsByKey),
                    !seen.contains(target)
                else { return }
                seen.append(target)
                targets.append(target)
                sources.append(Int32(source))
                rowCounts[Int(target) + 1] += 1
            }
        }
        var starts = rowCounts
        for index in 1..<starts.count { starts[index] += starts[index - 1] }
        var next = starts
        var rows = [Int32](repeating: 0, count: sources.count)
        for (target, source) in zip(targets, sources) {
            rows[Int(next[Int(target)])] = source
            next[Int(target)] += 1
        }
        let order = Self.newestFirst(entries)
        for target in 0..<entries.count where starts[target + 1] - starts[target] > 1 {
            rows[Int(starts[target])..<Int(starts[target + 1])].sort(by: order)
        }
        listingStarts = starts
        listingSources = rows
    }

    /// The stored story a latest-news item names: the story at the item's URL, else the
    /// one with the same normalised headline, nearest in time when several share it;
    /// never the listing story itself.
    public func resolve(_ item: CatalogRecord.LinkKey, from source: StoryID? = nil) -> StoryID? {
        let sourcePosition = source.flatMap { catalog.position(of: $0) }.map(Int32.init) ?? -1
        return
            (byURL.first(item.urlKey, except: sourcePosition)
            ?? Self.resolve(item, from: sourcePosition, entries: catalog.entries, sortedKeys: sortedKeys, positionsByKey: positionsByKey))
            .map { catalog.entries[Int($0)].id }
    }

    public func resolve(_ item: LatestItem, from source: StoryID? = nil) -> StoryID? {
        resolve(Self.key(for: item, from: source, in: catalog), from: source)
    }

    /// The link key of an item: its own time, else (for items printed without one) the
    /// listing story's, as the catalog records it.
    static func key(for item: LatestItem, from source: StoryID?, in catalog: Catalog) -> CatalogRecord.LinkKey {
        let listingMinute = source.flatMap { catalog.position(of: $0) }.map { catalog.entries[$0].sortMinute } ?? 0
        return CatalogRecord.LinkKey(item, listingMinute: listingMinute)
    }

    /// The stories whose latest-news lists name `id`, newest first.
    public func stories(listing id: StoryID) -> [StoryID] {
        guard let target = catalog.position(of: id) else { return [] }
        return listingSources[Int(listingStarts[target])..<Int(listingStarts[target + 1])].map { catalog.entries[Int($0)].id }
    }

    // MARK: Without the index

    /// What `resolve` answers, found by one pass over the catalog: for the moments before
    /// the index of a large store is built, when one story's links are wanted at once.
    public static func resolveByScan(_ item: CatalogRecord.LinkKey, in catalog: Catalog, from source: StoryID? = nil) -> StoryID? {
        if item.urlKey != 0, let entry = catalog.entries.first(where: { $0.urlKey == item.urlKey && $0.id != source }) {
            return entry.id
        }
        var nearest = Nearest(minute: item.minute)
        for (position, entry) in catalog.entries.enumerated() where entry.headlineKey == item.headlineKey && entry.id != source {
            nearest.consider(Int32(position), sortMinute: entry.sortMinute)
        }
        return nearest.position.map { catalog.entries[Int($0)].id }
    }

    public static func resolveByScan(_ item: LatestItem, in catalog: Catalog, from source: StoryID? = nil) -> StoryID? {
        resolveByScan(key(for: item, from: source, in: catalog), in: catalog, from: source)
    }

    /// What `stories(listing:)` answers, found by scanning the catalog: a story lists `id`
    /// when one of its items names `id`'s URL or headline and resolves to `id` (not to a namesake).
    public static func storiesByScan(listing id: StoryID, in catalog: Catalog) -> [StoryID] {
        guard let target = catalog.entry(id) else { return [] }
        var sources: [Int32] = []
        for (position, entry) in catalog.entries.enumerated() where entry.id != id && entry.linkCount > 0 {
            var names = false
            catalog.forEachLink(of: entry) { item in
                let candidate = item.headlineKey == target.headlineKey || (target.urlKey != 0 && item.urlKey == target.urlKey)
                if !names && candidate { names = resolveByScan(item, in: catalog, from: entry.id) == id }
            }
            if names { sources.append(Int32(position)) }
        }
        sources.sort(by: newestFirst(catalog.entries))
        return sources.map { catalog.entries[Int($0)].id }
    }

    // MARK: Shared rules

    /// Backlinks are listed newest first, ties by id.
    private static func newestFirst(_ entries: [CatalogEntry]) -> (Int32, Int32) -> Bool {
        { a, b in
            let first = entries[Int(a)], second = entries[Int(b)]
            return first.sortMinute != second.sortMinute ? first.sortMinute > second.sortMinute : first.id < second.id
        }
    }

    /// The candidate nearest in time to an item; ties go to the one first in the catalog.
    private struct Nearest {
        let minute: Int64
        private(set) var position: Int32?
        private var distance = Int64.max

        init(minute: Int64) { self.minute = minute }

        mutating func consider(_ candidate: Int32, sortMinute: Int64) {
            let candidateDistance = abs(sortMinute - minute)
            if position == nil || candidateDistance < distance || (candidateDistance == distance && candidate < position!) {
                position = candidate
                distance = candidateDistance
            }
        }
    }

    private static func resolve(
        _ item: CatalogRecord.LinkKey, from source: Int32, entries: [CatalogEntry], sortedKeys: [UInt64], positionsByKey: [Int32]
    ) -> Int32? {
        var low = 0, high = sortedKeys.count
        while low < high {
            let middle = (low + high) / 2
            if sortedKeys[middle] < item.headlineKey { low = middle + 1 } else { high = middle }
        }
        var nearest = Nearest(minute: item.minute)
        var index = low
        while index < sortedKeys.count && sortedKeys[index] == item.headlineKey {
            let position = positionsByKey[index]
            index += 1
            if position != source { nearest.consider(position, sortMinute: entries[Int(position)].sortMinute) }
        }
        return nearest.position
    }
}
