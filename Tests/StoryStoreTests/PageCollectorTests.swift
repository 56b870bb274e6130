import Foundation
import Testing

@testable import StoryStore

/// Which files `byline import FOLDER` picks up, and in what order.
@Suite struct PageCollectorTests {
    @Test func foldersAreWalkedInNameOrderSkippingHiddenEntriesAndLinkLoops() throws {
        let temporary = try TemporaryStore()
        let pages = temporary.pages
        let manager = FileManager.default
        try manager.createDirectory(atPath: pages + "/b-day/inner", withIntermediateDirectories: true)
        try manager.createDirectory(atPath: pages + "/.hidden", withIntermediateDirectories: true)
        for name in ["c.txt", "a.txt", "b-day/2.txt", "b-day/inner/1.txt", ".hidden/x.txt", ".dotfile"] {
            try temporary.write(name, "page")
        }
        // A link back up the tree must not make the walk go round, and a link to a
        // folder outside is followed like any folder.
        try manager.createSymbolicLink(atPath: pages + "/b-day/inner/up", withDestinationPath: "../..")
        let outside = FileSystem.parentPath(temporary.root) + "/outside"
        try manager.createDirectory(atPath: outside, withIntermediateDirectories: true)
        try Data("page".utf8).write(to: URL(fileURLWithPath: outside + "/o.txt"))
        try manager.createSymbolicLink(atPath: pages + "/d-link", withDestinationPath: outside)

        let found = PageCollector.collect([pages, pages + "/missing.txt"])
        #expect(
            found.map { String($0.path.dropFirst(pages.count + 1)) } == [
                "a.txt", "b-day/2.txt", "b-day/inner/1.txt", "c.txt", "d-link/o.txt", "missing.txt",
            ])
        #expect(found.map(\.problem) == [nil, nil, nil, nil, nil, "no such file or folder"])
    }
}
