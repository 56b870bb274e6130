/// Expands the paths given to `byline import` into page files: files as given,
/// folders walked recursively in name order, hidden entries skipped.
public enum PageCollector {
    public struct Entry: Hashable, Sendable {
        public var path: String
        /// Set when the path cannot be imported at all (it does not exist, cannot be listed).
        public var problem: String?
    }

    public static func collect(_ paths: [String]) -> [Entry] {
        var entries: [Entry] = []
        for path in paths {
            if FileSystem.isDirectory(path) {
                walk(path, into: &entries)
            } else if FileSystem.exists(path) {
                entries.append(Entry(path: path))
            } else {
                entries.append(Entry(path: path, problem: "no such file or folder"))
            }
        }
        return entries
    }

    private static func walk(_ folder: String, into entries: inout [Entry]) {
        guard let names = FileSystem.list(folder) else {
            entries.append(Entry(path: folder, problem: "cannot list the folder"))
            return
        }
        let base = folder.hasSuffix("/") ? folder : folder + "/"
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = base + name
            if FileSystem.isDirectory(path) { walk(path, into: &entries) } else { entries.append(Entry(path: path)) }
        }
    }
}
