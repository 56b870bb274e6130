import Foundation

/// A temporary folder of generated wire pages with distinct headlines.
final class PageFolder {
    let root: String
    var pages: String { root + "/pages" }
    var store: String { root + "/store" }

    init(count: Int, prefix: String = "Generated story") throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("byline-cli-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: pages, withIntermediateDirectories: true)
        for index in 0..<count { try write(index, prefix: prefix) }
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    func path(_ index: Int) -> String { pages + "/" + String(format: "page-%05d.txt", index) }

    func write(_ index: Int, prefix: String) throws {
        let day = index % 28 + 1
        let text = """
            \(prefix) number \(index) about the harbour

            by PTI | Mon, Feb \(String(format: "%02d", day)), 2026, 10:\(String(format: "%02d", index % 60)) AM

            Porto Vale, Feb \(day) (PTI) The harbour authority said on Monday that item \(index) was ready.

            Officials expected more passengers during the winter months.

            --PTI

            Latest News
            \(prefix) number \(index + 1) about the harbour Mon, Feb \(String(format: "%02d", day)), 2026, 11:00 AM

            """
        try Data(text.utf8).write(to: URL(fileURLWithPath: path(index)))
    }
}
