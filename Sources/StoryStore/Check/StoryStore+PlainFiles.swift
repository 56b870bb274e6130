import StoryKit

extension StoryStore {
    /// Rewrites story files an earlier Byline wrote plain as compressed ones holding the
    /// same bytes, for `check --repair`; returns how many it rewrote and their sizes
    /// before and after.
    ///
    /// A slice at a time, the compressed files are written beside their final names and
    /// flushed before any of them replaces its plain file, so a crash leaves every story
    /// whole in one form or the other. The walk of `check` has just decoded each file
    /// under the same lock, so it is not decoded again: only a file compressed since
    /// then (a syncer's copy) is left alone, and any other is kept byte for byte.
    func compressPlainStoryFiles(_ ids: [StoryID]) throws(StoreError) -> (files: Int, before: Int, after: Int) {
        var total = (files: 0, before: 0, after: 0)
        let layout = layout
        try StoryFiles.whileWriting(layout) { () throws(StoreError) in
            for start in stride(from: 0, to: ids.count, by: 2048) {
                let slice = Array(ids[start..<min(start + 2048, ids.count)])
                let written = slice.concurrentMap { id -> (id: StoryID, temporary: String, before: Int, after: Int)? in
                    guard let plain = try? FileSystem.readFile(layout.storyFile(id)), !StoryFileCompression.isCompressed(plain),
                        let compressed = try? StoredStoryCodec.compressed(plain: plain)
                    else { return nil }
                    let temporary = layout.temporaryStoryFile(id)
                    guard (try? FileSystem.writeFile(temporary, compressed, creatingFolder: true)) != nil else { return nil }
                    return (id, temporary, plain.count, compressed.count)
                }.compactMap { $0 }
                guard !written.isEmpty else { continue }
                try FileSystem.syncFileSystem(containing: layout.storiesFolder)
                // Shard by shard, as a batch moves into place: a syncer's file that came
                // before is taken in first, then the folder's stamp is this writer's own.
                for (shard, files) in Dictionary(grouping: written, by: { String($0.id.description.prefix(2)) }) {
                    if !isCurrent(shard: shard) { takeInStoryFolderChanges() }
                    for file in files {
                        try FileSystem.rename(file.temporary, to: layout.storyFile(file.id))
                        total.files += 1
                        total.before += file.before
                        total.after += file.after
                    }
                    noteOwnChanges(inShard: shard)
                }
                try FileSystem.syncFileSystem(containing: layout.storiesFolder)
            }
        }
        saveStamps()
        return total
    }
}
