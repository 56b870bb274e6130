import Dispatch
import StoryKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The parallel stage of an import: everything about a page that needs no lock.
struct PagePreparer: Sendable {
    let layout: StoreLayout
    let parser: PageParser
    let knownHashes: [UInt64: StoryID]
    let importedAt: Int64

    func prepare(_ entries: [PageCollector.Entry]) -> [PreparedPage] {
        entries.concurrentMap(prepare)
    }

    func prepare(_ entry: PageCollector.Entry) -> PreparedPage {
        if let problem = entry.problem { return PreparedPage(file: entry.file, state: .failed(problem)) }
        let bytes: [UInt8]
        do {
            bytes = try PageFile.read(entry.path, limit: StoryStore.pageSizeLimit)
        } catch {
            return PreparedPage(file: entry.path, state: .failed(error.reason))
        }
        let hash = StableHasher.hash(bytes)
        if let id = knownHashes[hash] { return PreparedPage(file: entry.path, state: .unchanged(id)) }
        let page: ParsedPage
        do {
            page = try parser.parse(bytes)
        } catch {
            return PreparedPage(file: entry.path, state: .failed(error.description))
        }
        let stored = StoredStory(
            id: StoryID(page.story), story: page.story, warnings: page.warnings.map(\.description),
            original: bytes, originalHash: hash, source: entry.path, importedAt: importedAt, parserVersion: parser.version,
            savedAt: Self.modificationTime(of: entry.path)
        )
        var prepared = PreparedPage(file: entry.path, state: .parsed(stored))
        do {
            prepared.temporaryStory = try StoryFiles(layout: layout).writeTemporary(stored)
        } catch {
            prepared.discardTemporaryFiles()
            return PreparedPage(file: entry.path, state: .failed("not stored: \(error.message)"))
        }
        return prepared
    }

    /// The file's modification time on this machine's wall clock, as the page's own
    /// times are wall-clock times too.
    static func modificationTime(of path: String) -> WallClockTime? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return WallClockTime(localTimeOf: Int(info.st_mtim.tv_sec))
    }
}

extension PageCollector.Entry {
    var file: String { path }
}
