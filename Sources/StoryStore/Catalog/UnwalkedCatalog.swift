import StoryKit

/// A catalog loaded without the walk over its base file: the mapped file, its lookup, and
/// the journal's records. A short listing reads it as it is (`listing`); anything that
/// needs every record walks it once (`walked`).
struct UnwalkedCatalog {
    /// The catalog file, and its mapping without its pages read in.
    let path: String
    let base: MappedFile
    /// The journal's records, over the mapped base.
    let journal: Catalog
    /// The journal's whole, valid records, as read: a walk adds exactly these.
    let journalBytes: [UInt8]
    let lookup: CatalogLookup

    /// Made once, at loading: it sorts the journal's records and works out what they change.
    let listing: CatalogListing

    init(path: String, base: MappedFile, journal: Catalog, journalBytes: [UInt8], lookup: CatalogLookup) {
        self.path = path
        self.base = base
        self.journal = journal
        self.journalBytes = journalBytes
        self.lookup = lookup
        listing = CatalogListing(base: base, recordsStart: CatalogCodec.magic.count, journal: journal, lookup: lookup)
    }

    /// Every record, as `CatalogFiles.load` gives them; nil when the base does not hold
    /// together after all (the caller then handles it as a damaged catalog file).
    func walked() -> Catalog? {
        // Mapped again with every page read in at once, far quicker for a walk than a fault
        // per page; the same file only (it may have been replaced since).
        let file = MappedFile(path: path).flatMap { $0.stamp == base.stamp ? $0 : nil } ?? base
        var catalog = Catalog()
        guard catalog.map(file, recordsFrom: CatalogCodec.magic.count) == file.bytes.count - CatalogCodec.magic.count else { return nil }
        _ = catalog.append(recordBytes: journalBytes, verifyChecksums: false)
        return catalog
    }
}
