import Dispatch
import StoryKit

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
            original: bytes, originalHash: hash, source: entry.path, importedAt: importedAt, parserVersion: parser.version
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
}

extension PageCollector.Entry {
    var file: String { path }
}
