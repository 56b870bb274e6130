import StoryKit

/// What a machine's catalog knows of each shard folder of `stories/`: the folder's
/// stamp (inode, size, change time) when the catalog last accounted for everything in it.
///
/// A folder's change time moves whenever a file is created, renamed into it or removed,
/// by Byline or by a file syncer, and nothing can set it back, so a shard whose stamp
/// still matches holds exactly the story files the catalog lists; only the others are
/// looked into (`StoryFolderChanges`). Checking all 256 folders costs 256 `stat` calls.
struct ShardStamps: Equatable {
    private(set) var stamps: [String: FileStamp]

    init(_ stamps: [String: FileStamp] = [:]) {
        self.stamps = stamps
    }

    subscript(shard: String) -> FileStamp? {
        get { stamps[shard] }
        set { stamps[shard] = newValue }
    }

    /// The shard folders as they are now.
    static func current(_ layout: StoreLayout) -> ShardStamps {
        var stamps: [String: FileStamp] = [:]
        for name in FileSystem.list(layout.storiesFolder) ?? [] where isShardName(name) {
            stamps[name] = FileStamp(path: layout.storiesFolder + "/" + name)
        }
        return ShardStamps(stamps)
    }

    /// Two lowercase hex digits: the first byte of the ids of the stories inside.
    static func isShardName(_ name: String) -> Bool {
        name.utf8.count == 2 && name.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x66) }
    }

    /// The stamp of one shard folder now.
    static func current(_ layout: StoreLayout, shard: String) -> FileStamp? {
        FileStamp(path: layout.storiesFolder + "/" + shard)
    }

    /// Shards whose folder is not as stamped: new, changed, or gone.
    func shardsDiffering(from now: ShardStamps) -> [String] {
        Set(stamps.keys).union(now.stamps.keys).filter { stamps[$0] != now.stamps[$0] }.sorted()
    }

    // MARK: The file

    private static let header = "byline-folders 1"

    /// One line per shard: name, inode, size, change time in nanoseconds.
    var encoded: [UInt8] {
        var text = Self.header + "\n"
        for (name, stamp) in stamps.sorted(by: { $0.key < $1.key }) {
            text += "\(name) \(stamp.inode) \(stamp.size) \(stamp.changed)\n"
        }
        return Array(text.utf8)
    }

    /// Nil when the file is missing or damaged: then nothing is known of any folder.
    static func load(_ path: String) -> ShardStamps? {
        guard let bytes = try? FileSystem.readFile(path) else { return nil }
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first == Substring(header), lines.last == "" else { return nil }
        var stamps: [String: FileStamp] = [:]
        for line in lines.dropFirst().dropLast() {
            let fields = line.split(separator: " ")
            guard fields.count == 4, isShardName(String(fields[0])), let inode = UInt64(fields[1]), let size = Int64(fields[2]),
                let changed = Int64(fields[3])
            else { return nil }
            stamps[String(fields[0])] = FileStamp(inode: inode, size: size, changed: changed)
        }
        return ShardStamps(stamps)
    }
}
