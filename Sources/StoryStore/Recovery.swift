#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import StoryKit

/// Finishes what a writer that died mid-batch left behind. Runs under the lock.
///
/// A batch moves story files into place only after writing their ids to the
/// intent file, and deletes that file once their catalog records are in the
/// journal. An intent file found later names the stories that may be on disk
/// without a catalog record; each one that is there gets its record now.
struct Recovery {
    let store: StoryStore

    func finishInterruptedBatch() throws(StoreError) {
        let layout = store.layout
        guard FileSystem.exists(layout.intentFile) else { return }
        removeAbandonedTemporaryFiles()
        let text = String(decoding: (try? FileSystem.readFile(layout.intentFile)) ?? [], as: UTF8.self)
        var records: [CatalogRecord] = []
        for line in text.split(separator: "\n") {
            guard let id = StoryID(hex: line), let stored = try? StoryFiles(layout: layout).read(id) else { continue }
            if store.catalog[id] != stored.catalogRecord { records.append(stored.catalogRecord) }
        }
        try store.commit(records)
        FileSystem.remove(layout.intentFile)
    }

    /// Temp files carry their writer's process id; those of dead processes are litter.
    /// Returns how many were removed.
    @discardableResult
    func removeAbandonedTemporaryFiles() -> Int {
        abandonedTemporaryFiles().reduce(0) { count, path in FileSystem.remove(path); return count + 1 }
    }

    /// Temp files (in `tmp/` and beside story files) whose writing process is gone.
    func abandonedTemporaryFiles() -> [String] {
        let layout = store.layout
        var folders = [layout.temporaryFolder]
        folders += (FileSystem.list(layout.storiesFolder) ?? []).map { layout.storiesFolder + "/" + $0 }
        var paths: [String] = []
        for folder in folders {
            for name in FileSystem.list(folder) ?? [] where name.hasSuffix(".tmp") {
                let parts = name.split(separator: ".")
                guard parts.count >= 4, let pid = Int32(parts[parts.count - 3]) else { continue }
                if pid != getpid() && kill(pid, 0) != 0 && errno == ESRCH { paths.append(folder + "/" + name) }
            }
        }
        return paths
    }
}
