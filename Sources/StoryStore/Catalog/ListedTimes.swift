import StoryKit

/// The `listed` evidence of `StoryTime`: a story whose own page states no time takes
/// the time at which other stored pages print it in their latest-news lists.
///
/// It works on the catalog alone (each record keeps its items' keys and printed
/// minutes), in one pass over the records, so an import applies it to each batch:
/// the batch's items may time older stories, and older stories' items may time the
/// batch. The stories it names are resolved as `LinkIndex` resolves them (the URL,
/// else the headline nearest in time, never the listing story itself).
///
/// Evidence only accumulates: the earliest listing wins, so a listing page that is later
/// re-saved with a different list leaves the earlier time until `check --repair` or a
/// catalog rebuild works every story's time out again from the story files.
enum ListedTimes {
    /// The records whose time changes once the records of `changed` (just added to
    /// `catalog`, or replaced there, with the time of their own page) count as evidence.
    /// `keys`, when given, files the keys of every record in `catalog` (changed ones among
    /// them) and stands in for the pass over every record; the answer is the same.
    static func updates(in catalog: Catalog, changed: [StoryID], keys: ListingKeys? = nil) -> [CatalogRecord] {
        let entries = catalog.entries
        let changedPositions = Set(changed.compactMap { catalog.position(of: $0).map(Int32.init) })
        guard !changedPositions.isEmpty else { return [] }

        // The keys the changed stories' items name, and the keys of the changed stories
        // that still lack a time (whoever lists them may give one).
        var named = KeySets(), untimed = KeySets()
        for position in changedPositions {
            let entry = entries[Int(position)]
            catalog.forEachLink(of: entry) { item in if item.timed { named.insert(item) } }
            if entry.timeKind != .stated { untimed.insert(entry) }
        }
        guard !named.isEmpty || !untimed.isEmpty else { return [] }

        // The stories a wanted key may resolve to, and the timed items to apply, in catalog
        // order: looked up in `keys`, else found in one pass.
        var candidates = Candidates()
        var listings: [(source: Int32, item: CatalogRecord.LinkKey)] = []
        func consider(_ entry: CatalogEntry, at position: Int32) {
            if named.contains(entry) || untimed.contains(entry) { candidates.add(entry, at: position) }
            guard entry.linkCount > 0 else { return }
            let isChanged = changedPositions.contains(position)
            guard isChanged || !untimed.isEmpty else { return }
            catalog.forEachLink(of: entry) { item in
                if item.timed && (isChanged || untimed.contains(item)) { listings.append((position, item)) }
            }
        }
        if let keys {
            // Every position that the pass would find something at (and some it would not:
            // `consider` checks each against its record).
            var positions = changedPositions
            let valid = { (position: Int32) in entries.indices.contains(Int(position)) }
            for key in named.headlineKeys.union(untimed.headlineKeys) { keys.forEachStory(withHeadline: key) { if valid($0) { positions.insert($0) } } }
            for key in named.urlKeys.union(untimed.urlKeys) { keys.forEachStory(withURL: key) { if valid($0) { positions.insert($0) } } }
            for key in untimed.headlineKeys { keys.forEachListing(ofHeadline: key) { if valid($0) { positions.insert($0) } } }
            for key in untimed.urlKeys { keys.forEachListing(ofURL: key) { if valid($0) { positions.insert($0) } } }
            for position in positions.sorted() { consider(entries[Int(position)], at: position) }
        } else {
            for (index, entry) in entries.enumerated() { consider(entry, at: Int32(index)) }
        }

        var improved: [Int32: StoryTime] = [:]
        for (source, item) in listings {
            guard let target = candidates.resolve(item, from: source, entries: entries) else { continue }
            let entry = entries[Int(target)]
            if let better = (improved[target] ?? entry.time).improved(byListing: item.minute, storyDate: entry.date) {
                improved[target] = better
            }
        }
        return improved.sorted { $0.key < $1.key }.map { position, time in
            var record = catalog.record(entries[Int(position)])
            record.time = time
            return record
        }
    }

    /// Works every story's time out from all the listings in `catalog`, whose records
    /// carry their own pages' times: for a catalog rebuilt from the story files.
    static func applyAll(to catalog: inout Catalog) {
        for record in updates(in: catalog, changed: catalog.entries.map(\.id)) { catalog.upsert(record) }
    }

    /// Headline and URL keys, as sets.
    private struct KeySets {
        private var headlines = Set<UInt64>()
        private var urls = Set<UInt64>()

        var headlineKeys: Set<UInt64> { headlines }
        var urlKeys: Set<UInt64> { urls }

        var isEmpty: Bool { headlines.isEmpty && urls.isEmpty }

        mutating func insert(_ item: CatalogRecord.LinkKey) {
            headlines.insert(item.headlineKey)
            if item.urlKey != 0 { urls.insert(item.urlKey) }
        }

        mutating func insert(_ entry: CatalogEntry) {
            headlines.insert(entry.headlineKey)
            if entry.urlKey != 0 { urls.insert(entry.urlKey) }
        }

        func contains(_ item: CatalogRecord.LinkKey) -> Bool {
            headlines.contains(item.headlineKey) || (item.urlKey != 0 && urls.contains(item.urlKey))
        }

        func contains(_ entry: CatalogEntry) -> Bool {
            headlines.contains(entry.headlineKey) || (entry.urlKey != 0 && urls.contains(entry.urlKey))
        }
    }

    /// The catalog positions of the stories with each wanted key, in catalog order.
    private struct Candidates {
        private var byHeadline: [UInt64: [Int32]] = [:]
        private var byURL: [UInt64: [Int32]] = [:]

        mutating func add(_ entry: CatalogEntry, at position: Int32) {
            byHeadline[entry.headlineKey, default: []].append(position)
            if entry.urlKey != 0 { byURL[entry.urlKey, default: []].append(position) }
        }

        /// The story an item names: the URL's story, else the headline's nearest in time;
        /// ties go to the one first in the catalog, as in `LinkIndex`.
        func resolve(_ item: CatalogRecord.LinkKey, from source: Int32, entries: [CatalogEntry]) -> Int32? {
            if item.urlKey != 0, let byAddress = byURL[item.urlKey]?.first(where: { $0 != source }) { return byAddress }
            var best: Int32?, bestDistance = Int64.max
            for position in byHeadline[item.headlineKey] ?? [] where position != source {
                let distance = abs(entries[Int(position)].sortMinute - item.minute)
                if distance < bestDistance { best = position; bestDistance = distance }
            }
            return best
        }
    }
}
