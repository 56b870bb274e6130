import StoryKit

/// What the story files of some shard folders hold that a catalog does not know:
/// stories that arrived (imported by another machine and brought by a file syncer),
/// stories whose file was replaced (another machine's update or re-parse), and stories
/// whose file is gone.
///
/// Only files that are new to the catalog, or whose change time is not older than what
/// the catalog accounts for in their folder, are read; the rest of a folder costs one
/// `stat` per file.
struct StoryFolderChanges {
    /// Records of the stories to add or replace, with their own pages' times, and the
    /// text fingerprints made while reading them.
    var records: [CatalogRecord] = []
    var fingerprints: [StoryID: TextFingerprint] = [:]
    /// Stories the catalog lists whose file is no longer there.
    var removed: [StoryID] = []

    var isEmpty: Bool { records.isEmpty && removed.isEmpty }

    /// Compares `shards` with `catalog`. `accountedUpTo` gives, per shard, the stamp of the
    /// folder when the catalog last held everything in it: files changed since are read
    /// again. Without one, nothing is known of the files' ages, and only their names are
    /// compared (a catalog carried over from the previous store layout).
    static func find(
        shards: [String], in catalog: Catalog, layout: StoreLayout, accountedUpTo: (String) -> FileStamp?
    ) -> StoryFolderChanges {
        guard !shards.isEmpty else { return StoryFolderChanges() }
        let wanted = Set(shards.compactMap { UInt8($0, radix: 16) })
        var listed: [UInt8: Set<StoryID>] = [:]
        for entry in catalog.entries {
            let shard = UInt8(truncatingIfNeeded: entry.id.value >> 56)
            if wanted.contains(shard) { listed[shard, default: []].insert(entry.id) }
        }

        var changes = StoryFolderChanges()
        var toRead: [StoryID] = []
        for shard in shards {
            guard let byte = UInt8(shard, radix: 16) else { continue }
            let folder = layout.storiesFolder + "/" + shard
            var known = listed[byte] ?? []
            let threshold = accountedUpTo(shard)?.changed
            for name in FileSystem.list(folder) ?? [] {
                guard let id = storyID(fileName: name), UInt8(truncatingIfNeeded: id.value >> 56) == byte else { continue }
                if known.remove(id) == nil {
                    toRead.append(id)
                } else if let threshold, let file = FileStamp(path: folder + "/" + name), file.changed >= threshold {
                    toRead.append(id)
                }
            }
            changes.removed += known.sorted()
        }

        let files = StoryFiles(layout: layout)
        let read = toRead.concurrentMap { id -> (CatalogRecord, TextFingerprint)? in
            guard let stored = try? files.read(id), stored.id == id else { return nil }
            let fingerprint = TextFingerprint(paragraphs: stored.story.body)
            return (stored.catalogRecord(fingerprint: fingerprint), fingerprint)
        }
        for case (let record, let fingerprint)? in read {
            if let existing = catalog[record.id], sameStory(existing, record) { continue }
            changes.records.append(record)
            changes.fingerprints[record.id] = fingerprint
        }
        return changes
    }

    /// The id a story file's name gives (`0123456789abcdef.story`); nil for anything
    /// else in a shard folder: temp files, and the copies a syncer keeps of a conflict.
    static func storyID(fileName name: String) -> StoryID? {
        guard name.utf8.count == 22, name.hasSuffix(".story"), let id = StoryID(hex: name.prefix(16)),
            id.description == name.prefix(16)
        else { return nil }
        return id
    }

    /// Whether `existing`, a catalog record, was made from the same story file as `fresh`,
    /// made from the file alone: the time other pages' lists gave and the version group
    /// are worked out in the catalog, so they are not compared.
    private static func sameStory(_ existing: CatalogRecord, _ fresh: CatalogRecord) -> Bool {
        var fresh = fresh
        fresh.versionGroup = existing.versionGroup
        if existing.timeKind == .listed && fresh.timeKind > .listed { fresh.time = existing.time }
        return existing == fresh
    }
}
