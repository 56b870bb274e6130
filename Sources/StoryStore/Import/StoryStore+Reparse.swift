import StoryKit

extension StoryStore {
    /// Re-parses every story's original. A story whose id changes (a better parser read
    /// its headline differently) moves to the new id and takes its read state along.
    public func reparse(onProgress: (ImportProgress) -> Void = { _ in }) -> ReparseSummary {
        StoryFiles.whileWriting(layout) { reparseWhileMarked(onProgress: onProgress) }
    }

    private func reparseWhileMarked(onProgress: (ImportProgress) -> Void) -> ReparseSummary {
        var summary = ReparseSummary()
        let clock = ContinuousClock()
        let start = clock.now
        let ids = catalog.entries.map(\.id)
        let state = readingState()
        for batchStart in stride(from: 0, to: ids.count, by: 1024) {
            let batch = Array(ids[batchStart..<min(batchStart + 1024, ids.count)])
            do {
                try withWriteLock { () throws(StoreError) in
                    // Reading, parsing and writing the new files runs on every core; the
                    // batch is then moved into place in one step, as an import's is.
                    let files = StoryFiles(layout: layout)
                    let parser = self.parser
                    let reparsed = batch.concurrentMap { ReparsedStory($0, files: files, parser: parser) }
                    if let failure = reparsed.lazy.compactMap(\.writeError).first {
                        // The disk filled or went read-only: nothing of this batch moves into place.
                        for case .written(_, let temporary) in reparsed { FileSystem.remove(temporary) }
                        throw failure
                    }
                    var pages: [PreparedPage] = []
                    var moved: [(from: StoryID, to: StoryID)] = []
                    for (id, result) in zip(batch, reparsed) {
                        switch result {
                        case .failed(let reason):
                            summary.failures.append("story \(id): \(reason)")
                        case .unchanged:
                            summary.unchanged += 1
                        case .written(let fresh, let temporary):
                            pages.append(PreparedPage(file: layout.storyFile(fresh.id), state: .parsed(fresh), temporaryStory: temporary))
                            if fresh.id != id { moved.append((id, fresh.id)) }
                            summary.updated += 1
                        case .notWritten:
                            break
                        }
                    }
                    try moveIntoPlace(pages)
                    try carryState(moved, state: state)
                }
            } catch {
                summary.failures.append("stopped: \(error.message)")
                break
            }
            onProgress(ImportProgress(done: min(batchStart + 1024, ids.count), total: ids.count, seconds: (clock.now - start).seconds))
        }
        return summary
    }

    /// Gives stories that changed id their old state, then retires the old files and records.
    private func carryState(_ moved: [(from: StoryID, to: StoryID)], state: ReadingState) throws(StoreError) {
        guard !moved.isEmpty else { return }
        var changes: [StateChange] = []
        for (from, to) in moved {
            let old = state[from]
            if old.isRead { changes.append(StateChange(id: to, kind: .read)) }
            if old.isStarred { changes.append(StateChange(id: to, kind: .star)) }
            if old.position > 0 { changes.append(StateChange(id: to, kind: .position(old.position))) }
        }
        try record(changes)
        var remaining = catalog
        let leftGroups = Set(moved.compactMap { catalog.entry($0.from)?.versionGroup }.filter { $0 != 0 })
        for (from, _) in moved {
            FileSystem.remove(layout.storyFile(from))
            remaining.remove(from)
        }
        noteOwnChanges(inShardsOf: moved.map(\.from))
        for record in VersionGroups.normalised(in: remaining, keys: leftGroups) { remaining.upsert(record) }
        replaceCatalog(remaining)
        try writeCatalog()
    }
}
