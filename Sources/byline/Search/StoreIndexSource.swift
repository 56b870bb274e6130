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

    static func stamp(_ entry: CatalogEntry) -> IndexStamp {
        IndexStamp(id: entry.id, value: entry.versionStamp)
    }

    func documents(for stamps: [IndexStamp]) -> [IndexDocument] {
        let catalog = self.catalog
        let values = Dictionary(stamps.map { ($0.id, $0.value) }, uniquingKeysWith: { first, _ in first })
        return reader.readMany(stamps.map(\.id)) { id, stored in
            IndexDocument(story: stored.story, stamp: IndexStamp(id: id, value: values[id] ?? 0), sortMinute: catalog.entry(id)?.sortMinute ?? 0)
        }.compactMap { $0 }
    }
}
