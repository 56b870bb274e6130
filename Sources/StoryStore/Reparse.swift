import StoryKit

/// `byline reparse`: reads every kept original again with the current parser.
public struct ReparseSummary: Sendable {
    public var updated = 0
    public var unchanged = 0
    public var failures: [String] = []
}

extension StoryStore {
    /// Re-parses every story's original. A story whose id changes (a better parser read
    /// its headline differently) moves to the new id and takes its read state along.
    public func reparse(onProgress: (ImportProgress) -> Void = { _ in }) -> ReparseSummary {
        var summary = ReparseSummary()
        let clock = ContinuousClock()
        let start = clock.now
        let ids = catalog.entries.map(\.id)
        let state = readingState()
        for batchStart in stride(from: 0, to: ids.count, by: 256) {
            let batch = Array(ids[batchStart..<min(batchStart + 256, ids.count)])
            do {
                try withWriteLock { () throws(StoreError) in
                    var pages: [PreparedPage] = []
                    var moved: [(from: StoryID, to: StoryID)] = []
                    for id in batch {
                        guard let old = try? story(id) else {
                            summary.failures.append("story \(id): its file cannot be read (run `byline check --repair`)")
                            continue
                        }
                        let bytes = old.original
                        let page: ParsedPage
                        switch WirePageParser.result(bytes) {
                        case .success(let parsed): page = parsed
                        case .failure(let rejection):
                            summary.failures.append("story \(id): \(rejection)")
                            continue
                        }
                        let fresh = StoredStory(
                            id: StoryID(page.story), story: page.story, warnings: page.warnings.map(\.description),
                            original: old.original, originalHash: old.originalHash, source: old.source, importedAt: old.importedAt,
                            parserVersion: WirePageParser.version
                        )
                        guard !fresh.sameContent(as: old) || fresh.parserVersion != old.parserVersion else {
                            summary.unchanged += 1
                            continue
                        }
                        let temporary = try StoryFiles(layout: layout).writeTemporary(fresh)
                        pages.append(PreparedPage(file: layout.storyFile(fresh.id), state: .parsed(fresh), temporaryStory: temporary))
                        if fresh.id != old.id { moved.append((old.id, fresh.id)) }
                        summary.updated += 1
                    }
                    try moveIntoPlace(pages)
                    try carryState(moved, state: state)
                }
            } catch {
                summary.failures.append("stopped: \(error.message)")
                break
            }
            onProgress(ImportProgress(done: min(batchStart + 256, ids.count), total: ids.count, seconds: (clock.now - start).seconds))
        }
        return summary
    }

    /// Gives stories that changed id their old state, then retires the old files and records.
    private func carryState(_ moved: [(from: StoryID, to: StoryID)], state: ReadingState) throws(StoreError) {
        guard !moved.isEmpty else { return }
        var changes: [(StoryID, StateEvent.Change)] = []
        for (from, to) in moved {
            let old = state[from]
            if old.isRead { changes.append((to, .read)) }
            if old.isStarred { changes.append((to, .star)) }
            if old.position > 0 { changes.append((to, .position(old.position))) }
        }
        try record(changes)
        var remaining = catalog
        for (from, _) in moved {
            FileSystem.remove(layout.storyFile(from))
            remaining.remove(from)
        }
        replaceCatalog(remaining)
        try writeCatalog()
    }
}
