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

    /// The catalog lists newest first; the index is written oldest first.
    func indexStamps() -> [IndexStamp] {
        catalog.entries.reversed().map(Self.stamp)
    }

    static func stamp(_ entry: CatalogEntry) -> IndexStamp {
        IndexStamp(id: entry.id, value: entry.versionStamp)
    }

    func documents(for stamps: [IndexStamp]) -> [IndexDocument] {
        let catalog = self.catalog
        let values = Dictionary(stamps.map { ($0.id, $0.value) }, uniquingKeysWith: { first, _ in first })
        return reader.readManySearchable(stamps.map(\.id)) { id, story in
            IndexDocument(story: story, stamp: IndexStamp(id: id, value: values[id] ?? 0), sortMinute: catalog.entry(id)?.sortMinute ?? 0)
        }.compactMap { $0 }
    }
}
