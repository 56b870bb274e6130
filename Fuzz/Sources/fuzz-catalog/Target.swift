import Foundation
import FuzzDriver
import StoryStore

/// Any bytes as the catalog file and as its journal: opening the store never crashes,
/// and what it lists can be read back field by field.
private let storeFolder: String = {
    let folder = NSTemporaryDirectory() + "byline-fuzz-catalog-\(getpid())"
    // Gone when the run ends, so runs do not leave stores behind in the temporary folder.
    atexit { try? FileManager.default.removeItem(atPath: NSTemporaryDirectory() + "byline-fuzz-catalog-\(getpid())") }
    _ = try? StoryStore.open(at: folder, machine: "fuzz", create: true)
    return folder
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCatalog(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(UnsafeBufferPointer(start: data, count: size))
    let split = bytes.isEmpty ? 0 : Int(bytes[bytes.startIndex]) * bytes.count / 256
    let magic = Data(Catalog.fileMagic)
    try? (magic + bytes.prefix(split)).write(to: URL(fileURLWithPath: StoreLayout(root: storeFolder, machine: "fuzz").catalogFile))
    try? bytes.dropFirst(split).write(to: URL(fileURLWithPath: StoreLayout(root: storeFolder, machine: "fuzz").journalFile))
    guard let first = try? StoryStore.open(at: storeFolder, machine: "fuzz") else { return 0 }
    // The first open wrote a lookup if the records allowed one: the second lists from the
    // front of the file through it, then walks.
    _ = first.listing
    guard let store = try? StoryStore.open(at: storeFolder, machine: "fuzz") else { return 0 }
    if let listing = store.listing {
        var rows = 0
        _ = listing.forEachNewestFirst { entry in
            _ = listing.fields.headline(entry)
            _ = listing.memberCount(ofGroup: entry.versionGroup)
            rows += 1
            return rows < 64
        }
        _ = listing.collapsedRowCount
    }
    let catalog = store.catalog
    for entry in catalog.entries.prefix(64) {
        _ = catalog.record(entry)
    }
    _ = LinkIndex(catalog: catalog)
    return 0
}

@_cdecl("fuzz_catalog_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runLibFuzzer(argc, argv, fuzzCatalog)
}
