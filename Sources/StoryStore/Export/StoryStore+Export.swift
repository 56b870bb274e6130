import Foundation
import StoryKit

extension StoryStore {
    /// Imports the stories of an export file: each is stored as it was exported (not
    /// parsed again), and its read, star and position state is recorded on this machine.
    func importExport(_ path: String, bytes: [UInt8], onOutcome: (ImportOutcome) -> Void) throws(StoreError) {
        let (entries, problems) = StoryExport.entries(in: bytes)
        for problem in problems { onOutcome(ImportOutcome(file: "\(path): \(problem)", kind: .failed("skipped"), id: nil)) }
        for start in stride(from: 0, to: entries.count, by: 512) {
            let batch = entries[start..<min(start + 512, entries.count)]
            let outcomes = try withWriteLock { () throws(StoreError) -> [ImportOutcome] in
                var pages: [PreparedPage] = []
                var outcomes: [ImportOutcome] = []
                for entry in batch {
                    let stored = entry.stored
                    let label = "\(path) (\(stored.id))"
                    let existing = catalog.contains(stored.id) ? try? StoryFiles(layout: layout).read(stored.id) : nil
                    if let existing, existing == stored {
                        outcomes.append(ImportOutcome(file: label, kind: .unchanged, id: stored.id))
                        continue
                    }
                    let temporary = try StoryFiles(layout: layout).writeTemporary(stored)
                    pages.append(PreparedPage(file: label, state: .parsed(stored), temporaryStory: temporary))
                    outcomes.append(ImportOutcome(file: label, kind: existing == nil ? .new : .updated, id: stored.id))
                }
                try moveIntoPlace(pages)
                return outcomes
            }
            for outcome in outcomes { onOutcome(outcome) }
            var changes: [StateChange] = []
            for entry in batch {
                changes.append(StateChange(id: entry.stored.id, kind: entry.state.isRead ? .read : .unread))
                changes.append(StateChange(id: entry.stored.id, kind: entry.state.isStarred ? .star : .unstar))
                if entry.state.position > 0 { changes.append(StateChange(id: entry.stored.id, kind: .position(entry.state.position))) }
            }
            try record(changes)
        }
    }
}
