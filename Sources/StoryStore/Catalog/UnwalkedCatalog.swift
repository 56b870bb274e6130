import StoryKit

/// A catalog loaded without the walk over its base file: the mapped file, its lookup, and
/// the journal's records. A short listing reads it as it is (`listing`); anything that
/// needs every record walks it once (`walked`).
struct UnwalkedCatalog {
    let base: MappedFile
    /// The journal's records, over the mapped base.
    let journal: Catalog
    /// The journal's whole, valid records, as read: a walk adds exactly these.
    let journalBytes: [UInt8]
    let lookup: CatalogLookup

    var listing: CatalogListing {
        CatalogListing(base: base, recordsStart: CatalogCodec.magic.count, journal: journal, lookup: lookup)
    }

    /// Every record, as `CatalogFiles.load` gives them; nil when the base does not hold
    /// together after all (the caller then handles it as a damaged catalog file).
    func walked() -> Catalog? {
        base.willWalk()
        var catalog = Catalog()
        guard catalog.map(base, recordsFrom: CatalogCodec.magic.count) == base.bytes.count - CatalogCodec.magic.count else { return nil }
        _ = catalog.append(recordBytes: journalBytes, verifyChecksums: false)
        return catalog
    }
}
