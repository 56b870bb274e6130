import StoryKit

extension StoryStore {
    public func check(repair: Bool) -> CheckReport {
        do {
            return try withWriteLock { () throws(StoreError) -> CheckReport in try checkLocked(repair: repair) }
        } catch {
            var report = CheckReport()
            report.problems.append(error.message)
            report.unrepaired.append(error.message)
            return report
        }
    }

    private func checkLocked(repair: Bool) throws(StoreError) -> CheckReport {
        var report = CheckReport()
        let files = StoryFiles(layout: layout)
        var fromFiles = Catalog()
        // Stamped before the walk: a story file arriving during it makes its folder differ.
        let foldersBefore = ShardStamps.current(layout)

        // Story files are read, decoded and hashed on every core, a slice at a time so
        // memory stays small; what they found is then applied in order, here.
        let paths = files.paths()
        var plainFiles: [StoryID] = []
        for start in stride(from: 0, to: paths.count, by: 2048) {
            let slice = Array(paths[start..<min(start + 2048, paths.count)])
            for (path, finding) in zip(slice, slice.concurrentMap(StoryFileFinding.init(path:))) {
                report.storiesChecked += 1
                report.problems += finding.problems
                guard let record = finding.record else {
                    if repair {
                        let result = try quarantine(path, id: finding.idFromName)
                        report.note(result, into: &report)
                        if let rebuilt = result.rebuilt {
                            fromFiles.upsert(rebuilt.catalogRecord)
                        }
                    }
                    continue
                }
                if finding.originalDamaged {
                    report.unrepaired.append("\(path): the original page of \(record.id) is damaged; re-import the page to restore it")
                } else if finding.isPlain {
                    plainFiles.append(record.id)
                }
                fromFiles.upsert(record)
            }
        }

        // Times other pages' lists give, and groups of versions, are derived: worked out again.
        ListedTimes.applyAll(to: &fromFiles)
        VersionGroups.applyAll(to: &fromFiles, text: files.textFingerprint)

        // The catalog must list exactly the story files, with matching records.
        let loaded = catalogFiles.load(sharedCatalogAllowed: false)
        if let reason = loaded.rebuiltBecause { report.problems.append("\(catalogFile): \(reason)") }
        // Loading checks the catalog file's structure; here every record's checksum is checked too.
        let baseDamaged =
            loaded.rebuiltBecause == nil
            && !((try? FileSystem.readFile(catalogFile)).map { CatalogCodec.verify(Array($0.dropFirst(CatalogCodec.magic.count))) } ?? false)
        if baseDamaged { report.problems.append("\(catalogFile): records fail their checksums (the file is damaged)") }
        if loaded.journalDamaged { report.problems.append("\(journalFile): ends in an incomplete record") }
        var catalogMismatches = 0
        for record in fromFiles.records where loaded.catalog[record.id] != record { catalogMismatches += 1 }
        for record in loaded.catalog.records where !fromFiles.contains(record.id) { catalogMismatches += 1 }
        if catalogMismatches > 0 && loaded.rebuiltBecause == nil {
            report.problems.append("\(catalogFile): \(catalogMismatches) record\(catalogMismatches == 1 ? "" : "s") disagree with the story files")
        }
        let catalogNeedsWriting = loaded.rebuiltBecause != nil || loaded.journalDamaged || catalogMismatches > 0 || baseDamaged
        // The lookup is derived from the catalog file: when it names the file, it must say what the file holds.
        let lookupWrong = !catalogNeedsWriting && catalogFiles.lookupDisagreesWithBase()
        if lookupWrong { report.problems.append("\(layout.catalogLookupFile): does not match the catalog file") }

        // Links are derived from the catalog records checked above; count what they resolve to.
        let links = LinkIndex(catalog: fromFiles)
        for entry in fromFiles.entries {
            fromFiles.forEachLink(of: entry) { item in
                if links.resolve(item, from: entry.id) != nil { report.linksInStore += 1 } else { report.linksNotInStore += 1 }
            }
        }

        // Litter: temp files and intents of dead writers.
        let leftovers = Recovery(store: self).abandonedTemporaryFiles()
        if !leftovers.isEmpty {
            report.problems.append("\(layout.root): \(leftovers.count) temporary file\(leftovers.count == 1 ? "" : "s") left by interrupted writers")
        }

        report.plainStoryFiles = plainFiles.count
        guard repair else { return report }
        if catalogNeedsWriting {
            replaceCatalog(fromFiles)
            setStamps(foldersBefore)
            try writeCatalog()
            report.repairs.append("rewrote the catalog from \(fromFiles.count) story files")
        } else if lookupWrong {
            if !catalogFiles.writeLookupOfBase() { try writeCatalog() }
            report.repairs.append("wrote the catalog lookup again")
        }
        if !plainFiles.isEmpty {
            let compressed = try compressPlainStoryFiles(plainFiles)
            report.plainStoryFiles = plainFiles.count - compressed.files
            if compressed.files > 0 {
                report.repairs.append(
                    "compressed \(compressed.files) story file\(compressed.files == 1 ? "" : "s") an earlier Byline wrote plain"
                        + " (\(Self.megabytes(compressed.before)) → \(Self.megabytes(compressed.after)))")
            }
        }
        let removed = Recovery(store: self).removeAbandonedTemporaryFiles()
        if removed > 0 { report.repairs.append("removed \(removed) temporary file\(removed == 1 ? "" : "s") of interrupted writers") }
        return report
    }

    private static func megabytes(_ bytes: Int) -> String {
        bytes < 10 << 20 ? "\((bytes + 1023) / 1024) KB" : "\((bytes + (1 << 19)) >> 20) MB"
    }

    /// Moves a damaged story file aside to `damaged/`, and re-creates the story from its
    /// original page when the id (and so the original) can still be found.
    private func quarantine(_ path: String, id: StoryID?) throws(StoreError) -> QuarantineResult {
        let damagedFolder = layout.root + "/damaged"
        try FileSystem.createDirectory(damagedFolder)
        let name = path.split(separator: "/").last.map(String.init) ?? "story.story"
        try FileSystem.rename(path, to: damagedFolder + "/" + name)
        let moved = "moved \(path) to \(damagedFolder)/\(name)"
        // The original page follows the JSON line; if it is intact (its hash is the one the
        // catalog recorded), the story can be parsed again from it.
        guard let id, let record = catalog[id],
            let bytes = (try? FileSystem.readFile(damagedFolder + "/" + name)).flatMap({ StoredStoryCodec.original(in: $0, hashing: record.contentHash) }),
            let page = try? parser.parse(bytes)
        else {
            return QuarantineResult(repair: moved, unrepaired: "\(path): the story could not be rebuilt (its original page is not known); re-import the page")
        }
        let stored = StoredStory(
            id: StoryID(page.story), story: page.story, warnings: page.warnings.map(\.description), original: bytes, originalHash: record.contentHash,
            source: "(rebuilt from original)", importedAt: record.importedAt, parserVersion: parser.version
        )
        try FileSystem.writeAtomically(layout.storyFile(stored.id), StoredStoryCodec.encode(stored), temporaryFolder: layout.temporaryFolder)
        return QuarantineResult(repair: moved + "; rebuilt story \(stored.id) from its original page", rebuilt: stored)
    }
}
