import Foundation
import StoryKit

/// The JSON export: a header line, then one story a line with its state and its
/// original page, so that importing the file rebuilds the stories exactly.
public enum StoryExport {
    public static let header = #"{"format":"byline-export","version":1}"#

    /// Whether bytes are an export file rather than a wire page.
    public static func isExport(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: Array(header.utf8))
    }

    public static func line(_ stored: StoredStory, state: StoryState) -> String {
        let value = JSONValue.object([("id", .string(stored.id.description))] + stored.story.jsonMembers() + stored.story.pageMembers() + [
            ("warnings", .array(stored.warnings.map(JSONValue.string))),
            ("source", .string(stored.source)),
            ("imported", .number(Int(stored.importedAt))),
            ("parser", .number(stored.parserVersion)),
            ("read", .bool(state.isRead)),
            ("starred", .bool(state.isStarred)),
            ("position", .number(state.position)),
            ("original", .string(Data(stored.original).base64EncodedString())),
        ])
        return value.compact
    }

    /// One exported story and its state.
    public struct Entry: Sendable {
        public var stored: StoredStory
        public var state: StoryState
    }

    /// Reads an export file; a line that does not decode is reported by its number.
    public static func entries(in bytes: [UInt8]) -> (entries: [Entry], problems: [String]) {
        var entries: [Entry] = []
        var problems: [String] = []
        let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: true)
        for (number, line) in lines.enumerated().dropFirst() {
            do {
                // An export line is a story file's fields plus the state and the original page.
                let fields = try JSONDecoder().decode(StoredStoryCodec.Fields.self, from: Data(line))
                let extra = try JSONDecoder().decode(Extra.self, from: Data(line))
                guard let original = Data(base64Encoded: extra.original) else {
                    problems.append("line \(number + 1): the original page is not base64")
                    continue
                }
                let bytes = Array(original)
                let stored = fields.storedStory(original: bytes, originalHash: StableHasher.hash(bytes))
                entries.append(Entry(stored: stored, state: StoryState(isRead: extra.read, isStarred: extra.starred, position: extra.position)))
            } catch {
                problems.append("line \(number + 1): not a story record")
            }
        }
        return (entries, problems)
    }

    private struct Extra: Decodable {
        var read: Bool
        var starred: Bool
        var position: Int
        var original: String
    }
}
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
