import StoryKit

/// Which catalog positions carry each band key of their text fingerprint: the stories
/// `VersionGroups` compares a batch with, found by lookup instead of a pass over every
/// record. Callers check each position against its record (see `PositionRuns`).
struct BandOwners: Sendable {
    private var runs = PositionRuns()

    init(catalog: Catalog) {
        add(Int32(0)..<Int32(catalog.entries.count), of: catalog)
    }

    /// Files the bands of the records at `positions` as they are in `catalog` now.
    mutating func add(_ positions: some Sequence<Int32>, of catalog: Catalog) {
        var pairs: [(key: UInt64, position: Int32)] = []
        for position in positions {
            catalog.forEachBandKey(of: catalog.entries[Int(position)]) { pairs.append((UInt64($0), position)) }
        }
        runs.add(pairs)
    }

    func forEachPosition(withBand band: UInt32, _ body: (Int32) -> Void) {
        runs.forEachPosition(under: UInt64(band), body)
    }
}
