/// This machine's inbox log, read back: the latest record of each file. A line that
/// cannot be read (a torn last line after a crash) is skipped: that page is taken again.
public struct InboxHistory: Sendable {
    public private(set) var latest: [String: InboxRecord] = [:]
    /// Lines in the log, read or not: more than twice the files it holds asks for compaction.
    public private(set) var lines = 0

    init() {}

    init(logText: Substring, decode: (Substring) -> InboxRecord?) {
        for line in logText.split(separator: "\n", omittingEmptySubsequences: true) {
            lines += 1
            if let record = decode(line) { latest[record.file] = record }
        }
    }

    /// Takes in a record just appended to the log.
    public mutating func add(_ record: InboxRecord) {
        latest[record.file] = record
        lines += 1
    }

    /// True when this version of `file` was handled already (stored, or failed and left as it is).
    public func handled(_ file: String, stamp: PageStamp) -> Bool {
        latest[file]?.stamp == stamp
    }

    /// The pages that failed and are still in their folder unchanged, in file order: what
    /// `byline check` lists.
    public func failuresStillThere() -> [InboxRecord] {
        latest.values
            .filter { $0.status == .failed && PageStamp(path: $0.file) == $0.stamp }
            .sorted { $0.file < $1.file }
    }
}
