import Foundation

/// Paths to the bundled fixture corpus, found from this source file so tests run from any folder.
enum Fixtures {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let pages = packageRoot.appendingPathComponent("fixtures/pages")
    static let expected = packageRoot.appendingPathComponent("fixtures/expected")

    /// Every page's name without extension, sorted.
    static var pageNames: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: pages.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
    }

    static func bytes(of name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: pages.appendingPathComponent(name + ".txt")))
    }
}
