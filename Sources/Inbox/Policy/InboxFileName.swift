/// Which names in an inbox folder are pages to take. Browsers download into a name of
/// their own and rename the file when it is complete (Firefox `.part`, Chrome and
/// Edge `.crdownload`, Safari `.download`, Opera `.opdownload`); editors and tools
/// leave hidden files, backups and swap files. None of those is a page yet.
public enum InboxFileName {
    static let unfinishedSuffixes = [".part", ".crdownload", ".download", ".opdownload", ".partial", ".tmp", ".temp", ".swp", "~"]

    public static func isPage(_ name: String) -> Bool {
        guard !name.isEmpty, !name.hasPrefix(".") else { return false }
        let lowered = name.lowercased()
        return !unfinishedSuffixes.contains { lowered.hasSuffix($0) }
    }
}
