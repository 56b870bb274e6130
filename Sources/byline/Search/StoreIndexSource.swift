import SearchIndex
import StoryKit
import StoryStore

/// The store as the search index's source: every story in the catalog, read from its file.
struct StoreIndexSource: IndexSource {
    let catalog: Catalog
    let reader: StoryFileReader

    init(store: StoryStore) {
        catalog = store.catalog
        reader = store.fileReader
    }

    init(catalog: Catalog, reader: StoryFileReader) {
        self.catalog = catalog
        self.reader = reader
    }

    func indexStamps() -> [IndexStamp] {
        catalog.entries.map(Self.stamp)
    }

    /// The content hash changes with the story's text; the parser version with what the
    /// parser makes of the same page (a `reparse`); the minute when another page's list
    /// tells the story's time (the index orders documents by it).
    static func stamp(_ entry: CatalogEntry) -> IndexStamp {
        let value = entry.contentHash ^ (UInt64(entry.parserVersion) &* 0x9E37_79B9_7F4A_7C15) ^ (UInt64(bitPattern: entry.sortMinute) &* 0xC2B2_AE3D_27D4_EB4F)
        return IndexStamp(id: entry.id, value: value)
    }

    func documents(for stamps: [IndexStamp]) -> [IndexDocument] {
        let catalog = self.catalog
        let values = Dictionary(stamps.map { ($0.id, $0.value) }, uniquingKeysWith: { first, _ in first })
        return reader.readMany(stamps.map(\.id)) { id, stored in
            IndexDocument(story: stored.story, stamp: IndexStamp(id: id, value: values[id] ?? 0), sortMinute: catalog.entry(id)?.sortMinute ?? 0)
        }.compactMap { $0 }
    }
}
