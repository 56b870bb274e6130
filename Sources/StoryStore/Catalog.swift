import StoryKit

/// Every story's catalog record, in memory: what start-up reads in one pass.
public struct Catalog: Sendable {
    public private(set) var records: [CatalogRecord] = []
    private var positions: [StoryID: Int] = [:]

    public init(records: [CatalogRecord] = []) {
        self.records.reserveCapacity(records.count)
        positions.reserveCapacity(records.count)
        for record in records { upsert(record) }
    }

    public var count: Int { records.count }

    public subscript(id: StoryID) -> CatalogRecord? {
        positions[id].map { records[$0] }
    }

    public func contains(_ id: StoryID) -> Bool { positions[id] != nil }

    /// Adds a record, or replaces the one with the same id (a later record wins).
    public mutating func upsert(_ record: CatalogRecord) {
        if let position = positions[record.id] {
            records[position] = record
        } else {
            positions[record.id] = records.count
            records.append(record)
        }
    }

    public mutating func remove(_ id: StoryID) {
        guard let position = positions.removeValue(forKey: id) else { return }
        let last = records.count - 1
        if position != last {
            records[position] = records[last]
            positions[records[position].id] = position
        }
        records.removeLast()
    }

    /// Resolves a full id or a unique prefix of at least four hex digits.
    public func resolve(_ text: String) -> Result<StoryID, StoreError> {
        let lowered = text.lowercased()
        if let id = StoryID(hex: lowered) {
            return contains(id) ? .success(id) : .failure(StoreError("no story with id \(text)"))
        }
        guard lowered.count >= 4, lowered.allSatisfy(\.isHexDigit) else {
            return .failure(StoreError("\(text) is not a story id (16 hex digits, or a unique prefix of 4 or more)"))
        }
        let matches = records.lazy.map(\.id).filter { $0.description.hasPrefix(lowered) }.prefix(2)
        switch matches.count {
        case 0: return .failure(StoreError("no story with an id starting \(text)"))
        case 1: return .success(matches.first!)
        default: return .failure(StoreError("more than one story has an id starting \(text); give more digits"))
        }
    }
}

/// Latest-news links between stories, derived from the catalog so they are
/// always current: a story imported later resolves the items that named it
/// without rewriting anything.
public struct LinkIndex: Sendable {
    private var storiesByHeadline: [UInt64: [Int]] = [:]
    private var listedIn: [StoryID: [StoryID]] = [:]
    private let catalog: Catalog

    public init(catalog: Catalog) {
        self.catalog = catalog
        storiesByHeadline.reserveCapacity(catalog.count)
        for (position, record) in catalog.records.enumerated() {
            storiesByHeadline[record.headlineKey, default: []].append(position)
        }
        for record in catalog.records {
            var seen = Set<StoryID>()
            for item in record.latest {
                if let target = resolve(item, from: record.id), seen.insert(target).inserted {
                    listedIn[target, default: []].append(record.id)
                }
            }
        }
        for (target, sources) in listedIn {
            listedIn[target] = sources.sorted { (catalog[$0]?.sortMinute ?? 0) > (catalog[$1]?.sortMinute ?? 0) }
        }
    }

    /// The stored story a latest-news item names: same normalised headline, the
    /// one nearest in time when several share it; never the listing story itself.
    public func resolve(_ item: CatalogRecord.LinkKey, from source: StoryID? = nil) -> StoryID? {
        guard let candidates = storiesByHeadline[item.headlineKey] else { return nil }
        var best: (id: StoryID, distance: Int64)?
        for position in candidates {
            let record = catalog.records[position]
            guard record.id != source else { continue }
            let distance = abs(record.sortMinute - item.minute)
            if best == nil || distance < best!.distance { best = (record.id, distance) }
        }
        return best?.id
    }

    public func resolve(_ item: LatestItem, from source: StoryID? = nil) -> StoryID? {
        resolve(CatalogRecord.LinkKey(headlineKey: HeadlineKey.hash(item.headline), minute: Int64(item.time.minuteNumber)), from: source)
    }

    /// The stories whose latest-news lists name `id`, newest first.
    public func stories(listing id: StoryID) -> [StoryID] {
        listedIn[id] ?? []
    }
}
