import StoryKit

/// The stories newest first, read from the front of the catalog file: what a short list
/// needs, at a cost that grows with how far it reads and not with the archive.
///
/// The catalog file keeps its records in the list's order (time descending, then id), so
/// the newest stories are its first records. Records the journal added since the file was
/// written are merged in, and the file's own record of a story the journal holds again is
/// passed over. Version counts come from the lookup's per-group totals, corrected for the
/// journal's records.
public struct CatalogListing: Sendable {
    private let base: MappedFile
    /// The journal's records over the mapped base: reads the strings of either kind of entry.
    public let fields: Catalog
    private let journalNewestFirst: [CatalogEntry]
    private let lookup: CatalogLookup
    /// Per group, the members the journal adds less the base records it replaces.
    private let groupChanges: [UInt64: Int]
    /// Per group, the journal's records in it.
    private let journalGroups: [UInt64: [StoryID]]
    /// Every story's version stamp summed: the store's side of the search index's
    /// fingerprint, found without a walk.
    public let stamps: StampSum

    init(base: MappedFile, journal: Catalog, lookup: CatalogLookup) {
        self.base = base
        self.lookup = lookup
        fields = journal
        journalNewestFirst = journal.entries.sorted { Self.isNewer($0, than: $1) }
        var changes: [UInt64: Int] = [:]
        var groups: [UInt64: [StoryID]] = [:]
        var stamps = lookup.stamps
        for entry in journal.entries {
            if entry.versionGroup != 0 { groups[entry.versionGroup, default: []].append(entry.id) }
            if let replaced = lookup.entry(of: entry.id, in: base) {
                if replaced.versionGroup != 0 { changes[replaced.versionGroup, default: 0] -= 1 }
                stamps.remove(id: replaced.id, stamp: replaced.versionStamp)
            }
            if entry.versionGroup != 0 { changes[entry.versionGroup, default: 0] += 1 }
            stamps.add(id: entry.id, stamp: entry.versionStamp)
        }
        groupChanges = changes
        journalGroups = groups
        self.stamps = stamps
    }

    /// The list's order, the one `SortOrder.newestFirst` gives: later time first, then lower id.
    public static func isNewer(_ entry: CatalogEntry, than other: CatalogEntry) -> Bool {
        entry.sortMinute != other.sortMinute ? entry.sortMinute > other.sortMinute : entry.id < other.id
    }

    /// How many stories the store holds.
    public var storyCount: Int { Int(stamps.count) }

    /// How many rows the list shows with each version group as one row: the stories less,
    /// for each group, all but one of its members.
    public var collapsedRowCount: Int {
        var hidden = 0
        lookup.forEachGroup { key, count in hidden += max(0, count + (groupChanges[key] ?? 0) - 1) }
        for (key, members) in journalGroups where lookup.memberCount(ofGroup: key) == 0 { hidden += members.count - 1 }
        return storyCount - hidden
    }

    /// Whether the store holds the story `id`.
    public func contains(_ id: StoryID) -> Bool {
        fields.contains(id) || lookup.contains(id)
    }

    /// The stored story's entry: the journal's record of it, else the catalog file's.
    public func entry(_ id: StoryID) -> CatalogEntry? {
        fields.entry(id) ?? lookup.entry(of: id, in: base)
    }

    /// Resolves a full id or a unique prefix of at least four hex digits, as
    /// `Catalog.resolve` does, through the lookup's id table.
    public func resolve(_ text: String) -> Result<StoryID, StoreError> {
        StoryIDResolution.resolve(text, contains: contains) { prefix, shift in
            let low = prefix << shift, high = low | (shift == 0 ? 0 : (UInt64.max >> (64 - shift)))
            let fromJournal = fields.entries.lazy.map(\.id).filter { $0.value >> shift == prefix }.prefix(2)
            return Array(Set(lookup.ids(from: low, through: high, limit: 2) + fromJournal).prefix(2))
        }
    }

    /// How many stored stories have the version group `key`; 0 for no group.
    public func memberCount(ofGroup key: UInt64) -> Int {
        key == 0 ? 0 : lookup.memberCount(ofGroup: key) + (groupChanges[key] ?? 0)
    }

    /// The stored stories with the version group `key` (not 0), in no set order, each
    /// with its entry: the catalog file's members the journal left in the group, and the
    /// journal's own.
    public func members(ofGroup key: UInt64) -> [CatalogEntry] {
        guard key != 0 else { return [] }
        let fromBase = lookup.members(ofGroup: key).filter { !fields.contains($0) }.compactMap { lookup.entry(of: $0, in: base) }
        return fromBase + (journalGroups[key] ?? []).compactMap { fields.entry($0) }
    }

    /// Calls `body` with each story, newest first, until it returns false. Returns false
    /// when the catalog file turned out not to hold together before `body` was done: the
    /// caller then uses the walked catalog, which finds the damage and says so.
    public func forEachNewestFirst(_ body: (CatalogEntry) -> Bool) -> Bool {
        let raw = base.bytes
        var at = CatalogCodec.magic.count
        var journalNext = 0
        var pending: CatalogEntry?
        while true {
            if pending == nil, at < raw.count {
                guard let (entry, next) = CatalogCodec.entry(in: raw, at: at, verifyChecksum: false, mappedFile: true) else { return false }
                at = next
                // The journal's record of this story is the one that counts.
                if fields.contains(entry.id) { continue }
                pending = entry
            }
            let fromJournal = journalNext < journalNewestFirst.count ? journalNewestFirst[journalNext] : nil
            let entry: CatalogEntry
            if let fromBase = pending, fromJournal.map({ !Self.isNewer($0, than: fromBase) }) ?? true {
                entry = fromBase
                pending = nil
            } else if let fromJournal {
                entry = fromJournal
                journalNext += 1
            } else {
                return true
            }
            guard body(entry) else { return true }
        }
    }
}
