import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Copies one folder onto another the way file syncers do, for testing that a store
/// synced between machines converges.
///
/// `oneWay` is `rsync -a --update`: every file the target lacks or holds older is copied
/// (to a temp name in the target folder, its modification time set, then renamed into
/// place), nothing is deleted, and a newer file in the target is kept. `conflictCopies` is
/// what Syncthing does when both sides changed a file since they last met: the newer copy
/// wins on both sides and the other is kept beside it as `NAME.sync-conflict-….EXT`.
enum FolderSync {
    /// The files under `root` (relative paths) with their modification times in nanoseconds.
    static func files(_ root: String) -> [String: Int64] {
        var found: [String: Int64] = [:]
        guard let walker = FileManager.default.enumerator(atPath: root) else { return found }
        while let relative = walker.nextObject() as? String {
            var info = stat()
            guard stat(root + "/" + relative, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { continue }
            found[relative] = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        }
        return found
    }

    static func oneWay(from source: String, to target: String) throws {
        let present = files(target)
        for (relative, time) in files(source).sorted(by: { $0.key < $1.key }) {
            if let theirs = present[relative], theirs >= time { continue }
            try copy(source + "/" + relative, to: target + "/" + relative, time: time)
        }
    }

    /// Both ways, keeping the loser of a file both sides changed as a conflict copy.
    /// `lastMet` holds each file's time as of the previous sync (empty: they never met).
    static func bothWays(_ first: String, _ second: String, lastMet: [String: Int64]) throws -> [String: Int64] {
        let left = files(first), right = files(second)
        for relative in Set(left.keys).union(right.keys).sorted() {
            switch (left[relative], right[relative]) {
            case (let time?, nil): try copy(first + "/" + relative, to: second + "/" + relative, time: time)
            case (nil, let time?): try copy(second + "/" + relative, to: first + "/" + relative, time: time)
            case (let leftTime?, let rightTime?) where leftTime != rightTime:
                let (winner, loser) = leftTime > rightTime ? (first, second) : (second, first)
                let bothChanged = lastMet[relative].map { $0 != leftTime && $0 != rightTime } ?? true
                if bothChanged && !sameBytes(first + "/" + relative, second + "/" + relative) {
                    let copyName = conflictName(relative)
                    try copy(loser + "/" + relative, to: loser + "/" + copyName, time: max(leftTime, rightTime))
                    try copy(loser + "/" + copyName, to: winner + "/" + copyName, time: max(leftTime, rightTime))
                }
                try copy(winner + "/" + relative, to: loser + "/" + relative, time: max(leftTime, rightTime))
            default: continue
            }
        }
        return files(first)
    }

    /// `a/b.story` → `a/b.sync-conflict-20261204-120000-TESTDEV.story`, as Syncthing names them.
    static func conflictName(_ relative: String) -> String {
        let url = URL(fileURLWithPath: relative)
        let ext = url.pathExtension
        let stem = url.deletingPathExtension().lastPathComponent
        let folder = (relative as NSString).deletingLastPathComponent
        let name = stem + ".sync-conflict-20261204-120000-TESTDEV" + (ext.isEmpty ? "" : "." + ext)
        return folder.isEmpty ? name : folder + "/" + name
    }

    private static func sameBytes(_ first: String, _ second: String) -> Bool {
        FileManager.default.contentsEqual(atPath: first, andPath: second)
    }

    private static func copy(_ source: String, to target: String, time: Int64) throws {
        let folder = (target as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let temporary = folder + "/." + (target as NSString).lastPathComponent + ".sync\(UUID().uuidString.prefix(6))"
        try Data(contentsOf: URL(fileURLWithPath: source)).write(to: URL(fileURLWithPath: temporary))
        var times = [
            timespec(tv_sec: Int(time / 1_000_000_000), tv_nsec: Int(time % 1_000_000_000)),
            timespec(tv_sec: Int(time / 1_000_000_000), tv_nsec: Int(time % 1_000_000_000)),
        ]
        guard utimensat(AT_FDCWD, temporary, &times, 0) == 0, rename(temporary, target) == 0 else {
            throw CocoaError(.fileWriteUnknown)
        }
    }
}
