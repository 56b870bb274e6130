import Foundation
import StoryKit

@testable import StoryStore

/// A store in a fresh temporary folder, removed when the test ends.
final class TemporaryStore {
    let root: String
    let pages: String

    init() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("byline-store-test-\(UUID().uuidString)").path
        root = base + "/store"
        pages = base + "/pages"
        try FileManager.default.createDirectory(atPath: pages, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: FileSystem.parentPath(root))
    }

    func open(machine: String = "test") throws -> StoryStore {
        try StoryStore.open(at: root, machine: machine, create: true)
    }

    /// Writes a page file and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let path = pages + "/" + name
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    static let fixturePages = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("fixtures/pages").path
}

/// A small page in the wire format.
func page(_ headline: String, day: Int = 3, body: String = "The text of the story.", latest: [(String, String)] = []) -> String {
    var text = "\(headline)\n\nby PTI |\n\nPorto Vale, Jan \(day) (PTI) \(body)\n\n--PTI\n"
    if !latest.isEmpty {
        text += "\nLatest News\n" + latest.map { "\($0.0) \($0.1)" }.joined(separator: "\n") + "\n"
    }
    return text
}
