import StoryKit

/// Groups the stored pages that are versions of one story (`VersionRule`): each
/// record carries its group's key, the smallest id among the versions, so the
/// grouping is the same whatever order the pages came in.
///
/// Candidates come from the band keys of the text fingerprints kept in the catalog
/// (stories sharing a band, within a few days); only candidates are compared by their
/// whole text, read from the story files. An import applies it to each batch.
enum VersionGroups {
    /// At most this many candidates of one story are compared by their text, the
    /// nearest in time first: a page filed hundreds of times stays bounded in time.
    static let candidatesPerStory = 512

    /// The records whose group key changes once the records of `changed` (just added to
    /// `catalog`, or replaced there) are grouped with the stories they are versions of.
    /// `text` gives a story's fingerprint (from its file); nil leaves it ungrouped.
    /// `bands`, when given, lists the bands of every record in `catalog` (changed ones
    /// among them) and stands in for the pass over every record; the answer is the same.
    static func updates(in catalog: Catalog, changed: [StoryID], bands: BandOwners? = nil, text: (StoryID) -> TextFingerprint?) -> [CatalogRecord] {
        let entries = catalog.entries
        var owners: [UInt32: [Int32]] = [:]
        var changedPositions: [Int32] = []
        var lowestDay = Int.max, highestDay = Int.min, anyUndated = false
        // Each story once: the band index would otherwise list a twice-named story's candidates twice.
        var named = Set<StoryID>()
        for id in changed where named.insert(id).inserted {
            guard let position = catalog.position(of: id), entries[position].bandCount > 0 else { continue }
            changedPositions.append(Int32(position))
            let entry = entries[position]
            if entry.day != CatalogCodec.noDate {
                lowestDay = min(lowestDay, Int(entry.day))
                highestDay = max(highestDay, Int(entry.day))
            } else {
                anyUndated = true
            }
            catalog.forEachBandKey(of: entry) { owners[$0, default: []].append(Int32(position)) }
        }
        guard !changedPositions.isEmpty else { return [] }

        // Candidate pairs: a shared band key, days close enough.
        var candidates: [Int32: [Int32]] = [:]
        if let bands {
            for owner in changedPositions {
                let ownerEntry = entries[Int(owner)]
                var seen: Set<Int32> = [owner]
                catalog.forEachBandKey(of: ownerEntry) { band in
                    bands.forEachPosition(withBand: band) { position in
                        guard entries.indices.contains(Int(position)), !seen.contains(position) else { return }
                        let entry = entries[Int(position)]
                        // The days first, from the entry: the record is read only for a story
                        // close enough to be a version (with a common band, most are not), so a
                        // batch does not bring in most of the catalog file's pages.
                        guard VersionRule.areClose(ownerEntry.date, entry.date) else {
                            seen.insert(position)
                            return
                        }
                        guard catalog.hasBandKey(band, entry) else { return }
                        seen.insert(position)
                        candidates[owner, default: []].append(position)
                    }
                }
            }
        } else {
            for (index, entry) in entries.enumerated() where entry.bandCount > 0 {
                // The raw day number: this pass runs over the whole catalog for every batch.
                if entry.day != CatalogCodec.noDate {
                    guard Int(entry.day) >= lowestDay - VersionRule.maximumDays, Int(entry.day) <= highestDay + VersionRule.maximumDays else { continue }
                } else if !anyUndated {
                    continue
                }
                let position = Int32(index)
                var seen: Set<Int32> = []
                catalog.forEachBandKey(of: entry) { band in
                    for owner in owners[band] ?? [] where owner != position && seen.insert(owner).inserted {
                        if VersionRule.areClose(entries[Int(owner)].date, entry.date) { candidates[owner, default: []].append(position) }
                    }
                }
            }
        }

        // Confirm by the whole text, joining groups as pairs are found. Candidates already in
        // one group count as joined, so a story filed hundreds of times is compared with one
        // of its versions, not with all of them.
        var groups = UnionFind()
        var memberOfGroup: [UInt64: Int32] = [:]
        for position in Set(candidates.values.joined()) {
            let key = entries[Int(position)].versionGroup
            guard key != 0 else { continue }
            if let member = memberOfGroup[key] { groups.union(member, position) } else { memberOfGroup[key] = position }
        }
        var fingerprints: [Int32: TextFingerprint?] = [:]
        func fingerprint(_ position: Int32) -> TextFingerprint? {
            if let known = fingerprints[position] { return known }
            let made = text(entries[Int(position)].id)
            fingerprints[position] = made
            return made
        }
        for owner in changedPositions {
            let minute = entries[Int(owner)].sortMinute
            // Ties by position, so that the same candidates are taken in the same order however found.
            let nearest = (candidates[owner] ?? []).sorted {
                (abs(entries[Int($0)].sortMinute - minute), $0) < (abs(entries[Int($1)].sortMinute - minute), $1)
            }
            for candidate in nearest.prefix(candidatesPerStory) where groups.find(owner) != groups.find(candidate) {
                guard let first = fingerprint(owner), let second = fingerprint(candidate), VersionRule.areVersions(first, second) else { continue }
                groups.union(owner, candidate)
            }
        }

        // Members already grouped stay with their groups; each touched group's key is
        // the smallest id among all its members.
        let touched = Set(groups.members.map { entries[Int($0)].versionGroup }.filter { $0 != 0 })
        if !touched.isEmpty {
            var firstOfGroup: [UInt64: Int32] = [:]
            for (index, entry) in entries.enumerated() where touched.contains(entry.versionGroup) {
                if let first = firstOfGroup[entry.versionGroup] { groups.union(first, Int32(index)) } else { firstOfGroup[entry.versionGroup] = Int32(index) }
            }
            for position in groups.members where entries[Int(position)].versionGroup != 0 {
                groups.union(position, firstOfGroup[entries[Int(position)].versionGroup]!)
            }
        }
        var keys: [Int32: UInt64] = [:]
        for position in groups.members {
            let root = groups.find(position)
            keys[root] = min(keys[root] ?? .max, entries[Int(position)].id.value)
        }
        return groups.members.sorted().compactMap { position in
            let key = keys[groups.find(position)]!
            guard entries[Int(position)].versionGroup != key else { return nil }
            var record = catalog.record(entries[Int(position)])
            record.versionGroup = key
            return record
        }
    }

    /// The records that put the groups of `keys` right after stories left them (re-parsed
    /// into other text, or removed): a group left with one story is no group, and a
    /// group's key is again the smallest id among the stories still in it.
    static func normalised(in catalog: Catalog, keys: Set<UInt64>) -> [CatalogRecord] {
        guard !keys.isEmpty else { return [] }
        var members: [UInt64: [CatalogEntry]] = [:]
        for entry in catalog.entries where keys.contains(entry.versionGroup) { members[entry.versionGroup, default: []].append(entry) }
        return members.values.flatMap { group -> [CatalogRecord] in
            let key = group.count > 1 ? group.map(\.id.value).min()! : 0
            return group.filter { $0.versionGroup != key }.map { entry in
                var record = catalog.record(entry)
                record.versionGroup = key
                return record
            }
        }
    }

    /// Groups every story in `catalog`, whose records carry no groups yet: for a catalog
    /// rebuilt from the story files. A slice at a time, as imports do, so the candidates
    /// held at once stay bounded however large the store; a slice meets the slices before
    /// it in the catalog, so every pair is still compared once.
    ///
    /// Each slice finds its candidates in one index of every record's bands, built once:
    /// the groups this writes change no record's bands nor its place in the catalog. A pass
    /// over every record for each slice made `check` of a million stories take minutes here.
    static func applyAll(to catalog: inout Catalog, text: (StoryID) -> TextFingerprint?) {
        let ids = catalog.entries.map(\.id)
        let bands = BandOwners(catalog: catalog)
        for start in stride(from: 0, to: ids.count, by: sliceLength) {
            let slice = Array(ids[start..<min(start + sliceLength, ids.count)])
            for record in updates(in: catalog, changed: slice, bands: bands, text: text) { catalog.upsert(record) }
        }
    }

    /// Stories grouped per pass when a whole catalog is grouped.
    static let sliceLength = 4096

    /// Disjoint sets over catalog positions, holding only the positions joined to another.
    private struct UnionFind {
        private var parent: [Int32: Int32] = [:]

        /// Every position in a set of two or more.
        var members: Dictionary<Int32, Int32>.Keys { parent.keys }

        mutating func find(_ position: Int32) -> Int32 {
            guard var root = parent[position] else { return position }
            while let next = parent[root], next != root { root = next }
            var walk = position
            while let next = parent[walk], next != root {
                parent[walk] = root
                walk = next
            }
            return root
        }

        mutating func union(_ first: Int32, _ second: Int32) {
            let a = find(first), b = find(second)
            if parent[a] == nil { parent[a] = a }
            if parent[b] == nil { parent[b] = b }
            guard a != b else { return }
            parent[max(a, b)] = min(a, b)
        }
    }
}
