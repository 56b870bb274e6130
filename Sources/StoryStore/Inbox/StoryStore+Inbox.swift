import Foundation
import StoryKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The inbox log: what the inbox did with each page it found, one append-only log per
/// machine (`inbox/MACHINE.log`, JSON lines), so syncing stores never merges one file
/// and each machine keeps the record of its own folders.
extension StoryStore {
    /// The lock of the one process that works this store's inbox (`byline watch` in one
    /// terminal and the reader in another must not both import a page and race to move
    /// it), held until the returned lock goes; with `wait` false, nil while another holds it.
    public func takeInboxLock(wait: Bool) -> StoreLock? {
        guard let lock = try? StoreLock(path: layout.inboxLockFile), (try? lock.hold(wait: wait)) == true else { return nil }
        return lock
    }

    /// This machine's inbox log as it is on disk.
    public func inboxHistory() -> InboxHistory {
        guard let bytes = try? FileSystem.readFile(layout.inboxLog(machine: machine)) else { return InboxHistory() }
        let decoder = JSONDecoder()
        return InboxHistory(logText: Substring(decoding: bytes, as: UTF8.self)) { line in
            try? decoder.decode(InboxRecord.self, from: Data(line.utf8))
        }
    }

    /// Appends records with one write and one flush; a crash leaves at most a torn last
    /// line, which reading skips (that page is then simply taken again).
    public func recordInbox(_ records: [InboxRecord]) throws(StoreError) {
        guard !records.isEmpty else { return }
        try FileSystem.createDirectory(layout.inboxFolder)
        try FileSystem.append(Self.logLines(records), to: layout.inboxLog(machine: machine))
    }

    /// Rewrites the log with only the latest record of each file that still exists, once
    /// `history` (the log as just read) holds more than twice as many lines as that, and
    /// at least `minimumLines`.
    public func compactInboxLog(_ history: InboxHistory, minimumLines: Int = 1000) throws(StoreError) {
        // Only a long log is worth a look at each of its files.
        guard history.lines >= minimumLines, history.lines > 2 * history.latest.count else { return }
        let kept = history.latest.values.filter { FileSystem.exists($0.file) }.sorted { $0.time < $1.time }
        try withWriteLock { () throws(StoreError) in
            try FileSystem.writeAtomically(layout.inboxLog(machine: machine), Self.logLines(kept), temporaryFolder: layout.temporaryFolder)
        }
    }

    /// Records as the log holds them: one compact JSON object a line.
    private static func logLines(_ records: [InboxRecord]) -> [UInt8] {
        var bytes: [UInt8] = []
        for record in records {
            record.json.writeCompact(to: &bytes)
            bytes.append(0x0A)
        }
        return bytes
    }
}
