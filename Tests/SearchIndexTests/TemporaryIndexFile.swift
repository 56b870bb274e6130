import Foundation

/// Where a test's index goes: a file in a folder of its own, which `remove()` takes away
/// (with the index's write-ahead log beside it).
struct TemporaryIndexFile {
    private let folder = NSTemporaryDirectory() + "byline-index-\(UUID().uuidString)"

    var path: String { folder + "/search.sqlite" }

    func remove() {
        try? FileManager.default.removeItem(atPath: folder)
    }
}
