import Dispatch
import StoryKit

extension StoryStore {
    /// The largest page Byline imports; bigger files are refused with a message.
    public static let pageSizeLimit = PageFile.sizeLimit

    /// Imports page files and folders. Each page is parsed by the shared parser and
    /// stored atomically; a page that fails is reported and the rest go on.
    ///
    /// Pages are prepared (read, hashed, parsed, encoded, written to temp files) on
    /// every core, then committed in batches under the lock: one flush makes a
    /// whole batch durable, then its files are renamed into place and recorded.
    public func importPages(
        _ paths: [String],
        batchSize: Int = 1024,
        pageSettlingTime: Duration = .seconds(3),
        onOutcome: (ImportOutcome) -> Void = { _ in },
        onProgress: (ImportProgress) -> Void = { _ in }
    ) -> ImportSummary {
        // The batch indexes serve one import: a process that stays open (the reader's inbox,
        // `watch`) would otherwise build them from many small imports and keep them.
        defer { forgetBatchIndexes() }
        return StoryFiles.whileWriting(layout) {
            importPagesWhileMarked(paths, batchSize: batchSize, settling: pageSettlingTime, onOutcome: onOutcome, onProgress: onProgress)
        }
    }

    private func importPagesWhileMarked(
        _ paths: [String],
        batchSize: Int,
        settling: Duration,
        onOutcome: (ImportOutcome) -> Void,
        onProgress: (ImportProgress) -> Void
    ) -> ImportSummary {
        var summary = ImportSummary()
        var entries = PageCollector.collect(paths)
        let clock = ContinuousClock()
        let start = clock.now
        var done = 0
        func report(_ outcome: ImportOutcome) {
            switch outcome.kind {
            case .new: summary.new += 1
            case .updated: summary.updated += 1
            case .unchanged: summary.unchanged += 1
            case .failed: summary.failures.append(outcome)
            }
            if let id = outcome.id { summary.storedIDs.append(id) }
            onOutcome(outcome)
        }
        do {
            try withWriteLock { () throws(StoreError) in }  // recover a crashed writer's batch first
        } catch {
            summary.stoppedBecause = error.message
            return summary
        }
        // Export files (`byline export`, named .json or .jsonl) hold many stories each and
        // are imported story by story; only those names are looked into, so pages cost nothing extra.
        entries.removeAll { entry in
            guard entry.problem == nil, entry.path.hasSuffix(".jsonl") || entry.path.hasSuffix(".json"),
                let bytes = try? PageFile.read(entry.path), StoryExport.isExport(bytes)
            else { return false }
            do {
                try importExport(entry.path, bytes: bytes, onOutcome: report)
            } catch {
                report(ImportOutcome(file: entry.path, kind: .failed("not stored: \((error as? StoreError)?.message ?? "\(error)")"), id: nil))
            }
            return true
        }
        var knownHashes = contentHashIndex()
        // Pages read by earlier imports, known again by their status alone; what this one
        // reads is remembered for the next.
        let seen = SeenPages(loading: layout.seenPagesFile)
        let preparing = Preparing(
            seen: seen,
            settledBefore: StoryStore.nowMilliseconds() * 1_000_000 - Int64(settling.seconds * 1e9))
        var seenNow: [SeenPages.Entry] = []
        var learned = false
        // Each batch's pages are taken from the list as it is prepared, not copied out of it
        // up front (with a million pages, one more list of them all).
        let batches = stride(from: 0, to: entries.count, by: batchSize).map { $0..<min($0 + batchSize, entries.count) }
        // While one batch is committed, the next is prepared on the other cores.
        var upcoming = batches.first.map { startPreparing(Array(entries[$0]), knownHashes: knownHashes, preparing) }
        for number in batches.indices {
            let prepared = upcoming!.wait()
            upcoming = number + 1 < batches.count ? startPreparing(Array(entries[batches[number + 1]]), knownHashes: knownHashes, preparing) : nil
            let outcomes: [ImportOutcome]
            do {
                if prepared.contains(where: { $0.storedStory != nil }) {
                    outcomes = try withWriteLock { () throws(StoreError) -> [ImportOutcome] in
                        let outcomes = try commitBatch(prepared)
                        compactIfJournalOutgrewBase()
                        // What the batch read of the catalog file is in the page cache still.
                        catalog.releaseMappedPages()
                        return outcomes
                    }
                } else {
                    // Pages already stored (or failed) change nothing and read nothing of the
                    // catalog, so they need no lock: this only turns them into outcomes.
                    outcomes = try commitBatch(prepared)
                }
            } catch {
                for item in prepared { item.discardTemporaryFiles() }
                for item in prepared { report(ImportOutcome(file: item.file, kind: .failed("not stored: \(error.message)"), id: nil)) }
                summary.stoppedBecause = error.message
                if let upcoming { for item in upcoming.wait() { item.discardTemporaryFiles() } }
                break
            }
            for item in prepared {
                if let stored = item.storedStory { knownHashes[stored.originalHash] = stored.id }
                if item.knownByStatus { summary.knownByStatus += 1 }
                if let entry = item.seen {
                    seenNow.append(entry)
                    learned = learned || !item.knownByStatus
                }
            }
            for outcome in outcomes { report(outcome) }
            done += prepared.count
            onProgress(ImportProgress(done: done, total: entries.count, seconds: (clock.now - start).seconds))
        }
        if summary.stoppedBecause == nil {
            do {
                try withWriteLock { () throws(StoreError) in
                    try compactIfWorthIt()
                    if learned { rememberSeenPages(seenNow, earlier: seen, knownHashes: knownHashes) }
                }
            } catch {
                summary.stoppedBecause = error.message
            }
        }
        return summary
    }

    /// What every batch of one import is prepared with.
    private struct Preparing {
        let seen: SeenPages
        let settledBefore: Int64
    }

    private func startPreparing(_ batch: [PageCollector.Entry], knownHashes: [UInt64: StoryID], _ preparing: Preparing) -> PendingBatch {
        let preparer = PagePreparer(
            layout: layout, parser: parser, knownHashes: knownHashes, seen: preparing.seen, settledBefore: preparing.settledBefore,
            importedAt: StoryStore.nowMilliseconds() / 1000)
        return PendingBatch { preparer.prepare(batch) }
    }

    /// Writes the table of pages known by their status: this import's, then earlier ones
    /// whose bytes are still a stored story's, until the table holds twice the stories and
    /// 4,096 more (pages that were moved or deleted leave entries nothing will look up). It only saves time, so a
    /// failure to write it is not reported: the next import reads those pages again.
    private func rememberSeenPages(_ now: [SeenPages.Entry], earlier: SeenPages, knownHashes: [UInt64: StoryID]) {
        let limit = 2 * catalog.count + 4096
        var keys = Set(now.lazy.map(\.key))
        var entries = now
        for entry in earlier.entries where entries.count < limit && knownHashes[entry.contentHash] != nil && keys.insert(entry.key).inserted {
            entries.append(entry)
        }
        try? FileSystem.writeAtomically(layout.seenPagesFile, SeenPages.encode(entries), temporaryFolder: layout.temporaryFolder, sync: false)
    }

    /// Content hash → story, for recognising identical re-imports without parsing.
    private func contentHashIndex() -> [UInt64: StoryID] {
        var index: [UInt64: StoryID] = [:]
        index.reserveCapacity(catalog.count)
        for entry in catalog.entries where Int(entry.parserVersion) == parser.version {
            index[entry.contentHash] = entry.id
        }
        return index
    }

    /// Decides new/updated/unchanged against the current catalog and moves files into place.
    private func commitBatch(_ prepared: [PreparedPage]) throws(StoreError) -> [ImportOutcome] {
        var outcomes: [ImportOutcome] = []
        var toCommit: [PreparedPage?] = []
        var positionInBatch: [StoryID: Int] = [:]
        for item in prepared {
            switch item.state {
            case .failed(let reason):
                outcomes.append(ImportOutcome(file: item.file, kind: .failed(reason), id: nil))
            case .unchanged(let id):
                outcomes.append(ImportOutcome(file: item.file, kind: .unchanged, id: id))
            case .parsed(let stored, _, _):
                let kind: ImportOutcome.Kind
                if let earlier = positionInBatch[stored.id], let earlierPage = toCommit[earlier] {
                    // The same story twice in one batch: the later copy wins if it differs.
                    if earlierPage.storedStory!.sameContent(as: stored) {
                        item.discardTemporaryFiles()
                        outcomes.append(ImportOutcome(file: item.file, kind: .unchanged, id: stored.id))
                        continue
                    }
                    earlierPage.discardTemporaryFiles()
                    toCommit[earlier] = nil
                    kind = .updated
                } else if catalog.contains(stored.id) {
                    if let existing = try? StoryFiles(layout: layout).read(stored.id), existing.sameContent(as: stored) {
                        item.discardTemporaryFiles()
                        outcomes.append(ImportOutcome(file: item.file, kind: .unchanged, id: stored.id))
                        continue
                    }
                    kind = .updated
                } else {
                    kind = .new
                }
                positionInBatch[stored.id] = toCommit.count
                toCommit.append(item)
                outcomes.append(ImportOutcome(file: item.file, kind: kind, id: stored.id))
            }
        }
        try moveIntoPlace(toCommit.compactMap { $0 })
        return outcomes
    }

    /// Flush, intent, renames, flush, journal: after this returns every page is durable and listed.
    func moveIntoPlace(_ pages: [PreparedPage]) throws(StoreError) {
        guard !pages.isEmpty else { return }
        try FileSystem.syncFileSystem(containing: layout.storiesFolder)
        let intent = pages.compactMap { $0.storedStory?.id.description }.joined(separator: "\n") + "\n"
        try FileSystem.writeFile(layout.intentFile, Array(intent.utf8), sync: true, creatingFolder: true)
        // Shard by shard, so that each folder's stamp is taken right after this writer's
        // renames into it, and a syncer's file that came just before is taken in first.
        let byShard = Dictionary(grouping: pages.filter { $0.storedStory != nil }) { String($0.storedStory!.id.description.prefix(2)) }
        for (shard, shardPages) in byShard {
            if !isCurrent(shard: shard) { takeInStoryFolderChanges() }
            for page in shardPages {
                try FileSystem.rename(page.temporaryStory!, to: layout.storyFile(page.storedStory!.id), creatingFolder: true)
            }
            noteOwnChanges(inShard: shard)
        }
        try FileSystem.syncFileSystem(containing: layout.storiesFolder)
        var fingerprints: [StoryID: TextFingerprint] = [:]
        for page in pages { if let stored = page.storedStory { fingerprints[stored.id] = page.fingerprint } }
        try commit(pages.compactMap(\.catalogRecord), fingerprints: fingerprints)
        FileSystem.remove(layout.intentFile)
    }
}
