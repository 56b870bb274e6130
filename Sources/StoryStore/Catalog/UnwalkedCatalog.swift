import StoryKit

/// A catalog loaded without the walk over its base file: the mapped file, its lookup, and
/// the journal's records. A short listing reads it as it is (`listing`); anything that
/// needs every record walks it once (`walked`).
final class UnwalkedCatalog {
    /// The catalog file, and its mapping without its pages read in.
    let path: String
    let base: MappedFile
    /// The journal's whole, valid records, over the mapped base: their bytes are exactly
    /// what a walk adds after the file's.
    let journal: Catalog
    let lookup: CatalogLookup

    /// Made on first use: it sorts the journal's records and looks up each one's record in
    /// the file, work a command that walks the catalog anyway never needs.
    private(set) lazy var listing = CatalogListing(base: base, journal: journal, lookup: lookup)

    init(path: String, base: MappedFile, journal: Catalog, lookup: CatalogLookup) {
        self.path = path
        self.base = base
        self.journal = journal
        self.lookup = lookup
    }

    /// Every record, as `CatalogFiles.load` gives them; nil when the base does not hold
    /// together after all (the caller then handles it as a damaged catalog file).
    func walked() -> Catalog? {
        // Mapped again with every page read in at once, far quicker for a walk than a fault
        // per page; the same file only (it may have been replaced since).
        let file = MappedFile(path: path).flatMap { $0.stamp == base.stamp ? $0 : nil } ?? base
        var catalog = Catalog()
        guard catalog.map(file, recordsFrom: CatalogCodec.magic.count) == file.bytes.count - CatalogCodec.magic.count else { return nil }
        _ = catalog.append(recordBytes: journal.storage, verifyChecksums: false)
        return catalog
    }
}
