import CursesBackend
import Foundation
import ReaderModel
import StoryKit
import StoryStore

/// `v`: the page as it was imported, in the person's pager (`$PAGER`, else `less`).
///
/// The page goes to a private temporary file whose path the pager gets as an argument,
/// never through a shell. The file holds the page's readable text, not its raw bytes:
/// a pager such as `less -R` or `cat` would pass escape sequences in the page straight
/// to the terminal.
struct OriginalPagePager {
    let store: StoryStore
    let terminal: CursesTerminal

    /// Shows the page, and says how it went as a result for the model.
    func show(_ id: StoryID) -> ReaderAction {
        let stored: StoredStory
        do { stored = try store.story(id) } catch {
            return .effectFailed(error.message)
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("byline-\(getpid())")
        let file = folder.appendingPathComponent("\(id).txt")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            try Data(PageFile.readableText(stored.original).utf8).write(to: file, options: .atomic)
        } catch {
            return .effectFailed("cannot write the original page to \(file.path): \(error.localizedDescription)")
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let pager = ProcessInfo.processInfo.environment["PAGER"].flatMap { $0.isEmpty ? nil : $0 } ?? "less"
        let command = pager.split(separator: " ").map(String.init) + [file.path]
        return .pagerFinished(pager: pager, started: terminal.runProgram(command) != nil)
    }
}
