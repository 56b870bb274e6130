import StoryKit
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The folder of story files: reading one, and walking all of them for repairs.
struct StoryFiles {
    let layout: StoreLayout

    func read(_ id: StoryID) throws(StoreError) -> StoredStory {
        try read(id) { bytes throws(StoreError) in try StoredStoryCodec.decode(bytes) }
    }

    /// The parts of a story that a search reads (see `SearchableFields`).
    func readSearchable(_ id: StoryID) throws(StoreError) -> Story {
        try read(id) { bytes throws(StoreError) in try StoredStoryCodec.jsonLine(SearchableFields.self, of: bytes).story }
    }

    /// `id`'s file decoded by `decode`, a failure named by the file's path.
    private func read<Decoded>(_ id: StoryID, _ decode: ([UInt8]) throws(StoreError) -> Decoded) throws(StoreError) -> Decoded {
        let path = layout.storyFile(id)
        let bytes = try FileSystem.readFile(path)
        do {
            return try decode(bytes)
        } catch {
            throw StoreError("\(path): \(error.message)")
        }
    }

    /// Writes a story beside its final name, for a batch to rename into place once it is durable.
    func writeTemporary(_ stored: StoredStory) throws(StoreError) -> String {
        let temporary = layout.temporaryStoryFile(stored.id)
        try FileSystem.writeFile(temporary, StoredStoryCodec.encode(stored), creatingFolder: true)
        return temporary
    }

    /// Runs `body`, which writes story files, with this process's `writing.PID` mark in
    /// `tmp/`; nested and concurrent uses share one mark, removed when the last ends.
    static func whileWriting<T, Failure: Error>(_ layout: StoreLayout, _ body: () throws(Failure) -> T) throws(Failure) -> T {
        let mark = layout.writingMark(getpid())
        writingMarkUsers.withLock { users in
            if users[mark, default: 0] == 0 { try? FileSystem.writeFile(mark, [], creatingFolder: true) }
            users[mark, default: 0] += 1
        }
        defer {
            writingMarkUsers.withLock { users in
                users[mark, default: 1] -= 1
                if users[mark] == 0 { FileSystem.remove(mark) }
            }
        }
        return try body()
    }

    /// Paths of every story file, by shard. Other files there are not stories: a file
    /// syncer's temp files, and the copies it keeps of a file two machines both changed
    /// (`….sync-conflict-….story`), which hold a version the store did not keep.
    func paths() -> [String] {
        var paths: [String] = []
        for shard in (FileSystem.list(layout.storiesFolder) ?? []).sorted() where ShardStamps.isShardName(shard) {
            let folder = layout.storiesFolder + "/" + shard
            for name in (FileSystem.list(folder) ?? []).sorted() where StoryFolderChanges.storyID(fileName: name) != nil {
                paths.append(folder + "/" + name)
            }
        }
        return paths
    }

    /// Every story file that decodes; damaged ones are left for `check` to report.
    func all() -> [StoredStory] {
        paths().compactMap { path in
            (try? FileSystem.readFile(path)).flatMap { try? StoredStoryCodec.decode($0) }
        }
    }
}

/// How many pieces of work in this process hold each writing mark.
private let writingMarkUsers = Mutex<[String: Int]>([:])

extension StoryFiles {
    /// The fingerprint of a stored story's text, for grouping versions; nil when the
    /// file cannot be read.
    func textFingerprint(_ id: StoryID) -> TextFingerprint? {
        (try? read(id)).map { TextFingerprint(paragraphs: $0.story.body) }
    }
}
