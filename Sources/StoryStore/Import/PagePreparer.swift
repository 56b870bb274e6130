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
    /// The pages earlier imports read, by their status.
    let seen: SeenPages
    /// Pages changed at or after this moment (nanoseconds of the wall clock) are read
    /// again next time rather than remembered by their status (`PageStatus`).
    let settledBefore: Int64
    let importedAt: Int64

    func prepare(_ entries: [PageCollector.Entry]) -> [PreparedPage] {
        entries.concurrentMap(prepare)
    }

    func prepare(_ entry: PageCollector.Entry) -> PreparedPage {
        if let problem = entry.problem { return PreparedPage(file: entry.file, state: .failed(problem)) }
        if !seen.isEmpty, let key = PageStatus.key(ofFileAt: entry.path), let hash = seen.contentHash(for: key), let id = knownHashes[hash] {
            return unchanged(entry.path, id, seen: SeenPages.Entry(key: key, contentHash: hash), knownByStatus: true)
        }
        let bytes: [UInt8], status: stat
        do {
            (bytes, status) = try PageFile.readWithStatus(entry.path, limit: StoryStore.pageSizeLimit)
        } catch {
            return PreparedPage(file: entry.path, state: .failed(error.reason))
        }
        let hash = StableHasher.hash(bytes)
        let seenEntry = PageStatus.key(of: status, settledBefore: settledBefore).map { SeenPages.Entry(key: $0, contentHash: hash) }
        if let id = knownHashes[hash] { return unchanged(entry.path, id, seen: seenEntry, knownByStatus: false) }
        let page: ParsedPage
        do {
            page = try parser.parse(bytes)
        } catch {
            return PreparedPage(file: entry.path, state: .failed(error.description))
        }
        let stored = StoredStory(
            id: StoryID(page.story), story: page.story, warnings: page.warnings.map(\.description),
            original: bytes, originalHash: hash, source: entry.path, importedAt: importedAt, parserVersion: parser.version,
            savedAt: WallClockTime(localTimeOf: Int(status.st_mtim.tv_sec))
        )
        var prepared = PreparedPage(file: entry.path, state: .parsed(stored))
        prepared.seen = seenEntry
        do {
            prepared.temporaryStory = try StoryFiles(layout: layout).writeTemporary(stored)
        } catch {
            prepared.discardTemporaryFiles()
            return PreparedPage(file: entry.path, state: .failed("not stored: \(error.message)"))
        }
        return prepared
    }

    private func unchanged(_ path: String, _ id: StoryID, seen: SeenPages.Entry?, knownByStatus: Bool) -> PreparedPage {
        var page = PreparedPage(file: path, state: .unchanged(id))
        page.seen = seen
        page.knownByStatus = knownByStatus
        return page
    }
}

extension PageCollector.Entry {
    var file: String { path }
}
