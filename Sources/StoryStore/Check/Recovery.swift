import StoryKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finishes what a writer that died mid-batch left behind. Runs under the lock.
///
/// A batch moves story files into place only after writing their ids to the
/// intent file, and deletes that file once their catalog records are in the
/// journal. An intent file found later names the stories that may be on disk
/// without a catalog record; each one that is there gets its record now.
///
/// Story files the dead writer had finished writing but not yet moved into
/// place are still beside their final place (its `writing.PID` mark in `tmp/`
/// says to look): each one that reads back whole (its JSON, and its original
/// page against the hash inside) is stored as the writer meant to, so a crash
/// loses only the pages being written at that moment.
struct Recovery {
    let store: StoryStore

    func finishInterruptedWork() throws(StoreError) {
        try finishInterruptedBatch()
        try adoptAbandonedStories()
    }

    private func finishInterruptedBatch() throws(StoreError) {
        let layout = store.layout
        guard FileSystem.exists(layout.intentFile) else { return }
        let text = String(decoding: (try? FileSystem.readFile(layout.intentFile)) ?? [], as: UTF8.self)
        var records: [CatalogRecord] = []
        for line in text.split(separator: "\n") {
            guard let id = StoryID(hex: line), let stored = try? StoryFiles(layout: layout).read(id) else { continue }
            if store.catalog[id] != stored.catalogRecord { records.append(stored.catalogRecord) }
        }
        try store.commit(records)
        FileSystem.remove(layout.intentFile)
    }

    /// Stores the complete story files of dead writers that name stories not yet stored,
    /// and removes the rest of their files (torn ones, updates whose batch never committed).
    /// A dead writer is known by the `writing.PID` mark it left in `tmp/`, so the story
    /// folders are searched only after a crash, not every time a writer takes the lock.
    private func adoptAbandonedStories() throws(StoreError) {
        let layout = store.layout
        let deadWriters = (FileSystem.list(layout.temporaryFolder) ?? []).compactMap { name -> Int32? in
            guard name.hasPrefix("writing."), let pid = Int32(name.dropFirst("writing.".count)), Self.isGone(pid) else { return nil }
            return pid
        }
        guard !deadWriters.isEmpty else { return }
        let abandoned = abandonedTemporaryFiles()
        var pages: [PreparedPage] = []
        var claimed = Set<StoryID>()
        for path in abandoned {
            guard path.hasSuffix(".tmp") && path.contains(".story."), let stored = Self.completeStory(at: path), !store.catalog.contains(stored.id),
                !FileSystem.exists(layout.storyFile(stored.id)), claimed.insert(stored.id).inserted
            else {
                FileSystem.remove(path)
                continue
            }
            pages.append(PreparedPage(file: path, state: .parsed(stored), temporaryStory: path))
        }
        try store.moveIntoPlace(pages)
        for pid in deadWriters { FileSystem.remove(layout.writingMark(pid)) }
    }

    /// The story in a temp file, if the file holds one whole: it decodes, its id is the
    /// one its headline, agency and date give, and its original page matches its hash.
    static func completeStory(at path: String) -> StoredStory? {
        guard let bytes = try? FileSystem.readFile(path), let stored = try? StoredStoryCodec.decode(bytes),
            stored.id == StoryID(stored.story), StableHasher.hash(stored.original) == stored.originalHash
        else { return nil }
        return stored
    }

    /// Temp files carry their writer's process id; those of dead processes are litter.
    /// Returns how many were removed.
    @discardableResult
    func removeAbandonedTemporaryFiles() -> Int {
        abandonedTemporaryFiles().reduce(0) { count, path in
            FileSystem.remove(path); return count + 1
        }
    }

    /// Temp files whose writing process is gone: in this machine's scratch folder and its
    /// story shards, and in `tmp/` and beside story files, where Byline wrote them before
    /// format 2.
    func abandonedTemporaryFiles() -> [String] {
        let layout = store.layout
        let folders =
            [layout.temporaryFolder, layout.sharedTemporaryFolder]
            + (FileSystem.list(layout.temporaryStoriesFolder) ?? []).map { layout.temporaryStoriesFolder + "/" + $0 }
            + (FileSystem.list(layout.storiesFolder) ?? []).map { layout.storiesFolder + "/" + $0 }
        var paths: [String] = []
        for folder in folders {
            for name in FileSystem.list(folder) ?? [] where name.hasSuffix(".tmp") {
                let parts = name.split(separator: ".")
                guard parts.count >= 4, let pid = Int32(parts[parts.count - 3]) else { continue }
                if Self.isGone(pid) { paths.append(folder + "/" + name) }
            }
        }
        return paths
    }

    /// Whether the process that named a file has ended (never this one).
    static func isGone(_ pid: Int32) -> Bool {
        pid != getpid() && kill(pid, 0) != 0 && errno == ESRCH
    }
}
