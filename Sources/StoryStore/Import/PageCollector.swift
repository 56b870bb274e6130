#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Expands the paths given to `byline import` into page files: files as given,
/// folders walked recursively in name order, hidden entries skipped, and a folder
/// reached twice (a symbolic link back up the tree) walked once.
public enum PageCollector {
    public struct Entry: Hashable, Sendable {
        public var path: String
        /// Set when the path cannot be imported at all (it does not exist, cannot be listed).
        public var problem: String?
    }

    public static func collect(_ paths: [String]) -> [Entry] {
        var walk = Walk()
        for path in paths {
            if FileSystem.isDirectory(path) {
                walk.folder(path)
            } else if FileSystem.exists(path) {
                walk.entries.append(Entry(path: path))
            } else {
                walk.entries.append(Entry(path: path, problem: "no such file or folder"))
            }
        }
        return walk.entries
    }

    private struct FolderIdentity: Hashable {
        let device: UInt64
        let inode: UInt64
    }

    private struct Walk {
        var entries: [Entry] = []
        var visited: Set<FolderIdentity> = []

        mutating func folder(_ folder: String) {
            var info = stat()
            if stat(folder, &info) == 0 {
                guard visited.insert(FolderIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))).inserted else { return }
            }
            guard let listing = FileSystem.listWithKinds(folder) else {
                entries.append(Entry(path: folder, problem: "cannot list the folder"))
                return
            }
            let base = folder.hasSuffix("/") ? folder : folder + "/"
            for (name, isFolder) in listing.sorted(by: { $0.name < $1.name }) where !name.hasPrefix(".") {
                let path = base + name
                if isFolder ?? FileSystem.isDirectory(path) { self.folder(path) } else { entries.append(Entry(path: path)) }
            }
        }
    }
}
