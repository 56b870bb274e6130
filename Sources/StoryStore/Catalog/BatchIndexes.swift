import StoryKit

/// What an import's batches look up instead of passing over every record: the band keys
/// `VersionGroups` needs and the listing keys `ListedTimes` needs. With a million stories
/// those two passes took half a second for each batch of 1,024, so an import of a
/// million pages spent minutes in them, ever more as the store grew.
///
/// The store keeps these across the batches of one process and files each batch's
/// records after putting them in the catalog; they describe the catalog at `revision`,
/// and are dropped when the catalog changed any other way (see `StoryStore`).
struct BatchIndexes: Sendable {
    var bands: BandOwners
    var listings: ListingKeys
    /// The `Catalog.revision` these describe.
    var revision: UInt64

    init(catalog: Catalog) {
        bands = BandOwners(catalog: catalog)
        listings = ListingKeys(catalog: catalog)
        revision = catalog.revision
    }

    /// Files the records at `positions`, just put in `catalog`.
    mutating func add(_ positions: [Int32], of catalog: Catalog) {
        bands.add(positions, of: catalog)
        listings.add(positions, of: catalog)
        revision = catalog.revision
    }
}
