import StoryStore

/// Catalog entries newest first, ties by id so the order is stable: the reader's
/// default order (`SortOrder.newestFirst`) for commands that walk the catalog itself.
enum StoryOrder {
    static func newestFirst(_ a: CatalogEntry, _ b: CatalogEntry) -> Bool {
        a.sortMinute != b.sortMinute ? a.sortMinute > b.sortMinute : a.id < b.id
    }
}
