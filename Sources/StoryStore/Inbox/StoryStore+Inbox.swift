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
        var bytes: [UInt8] = []
        for record in records {
            record.json.writeCompact(to: &bytes)
            bytes.append(0x0A)
        }
        try FileSystem.append(bytes, to: layout.inboxLog(machine: machine))
    }

    /// Rewrites the log with only the latest record of each file that still exists, once
    /// it holds more than twice as many lines as that (and at least `minimumLines`).
    public func compactInboxLog(minimumLines: Int = 1000) throws(StoreError) {
        let history = inboxHistory()
        let kept = history.latest.values.filter { FileSystem.exists($0.file) }.sorted { $0.time < $1.time }
        guard history.lines >= minimumLines, history.lines > 2 * kept.count else { return }
        var bytes: [UInt8] = []
        for record in kept {
            record.json.writeCompact(to: &bytes)
            bytes.append(0x0A)
        }
        try withWriteLock { () throws(StoreError) in
            try FileSystem.writeAtomically(layout.inboxLog(machine: machine), bytes, temporaryFolder: layout.temporaryFolder)
        }
    }
}
