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
        let value = JSONValue.object(
            [("id", .string(stored.id.description))] + stored.story.jsonMembers() + stored.story.pageMembers() + [
                ("warnings", .array(stored.warnings.map(JSONValue.string))),
                ("source", .string(stored.source)),
                ("imported", .number(Int(stored.importedAt))),
                ("parser", .number(stored.parserVersion)),
            ] + (stored.savedAt.map { [("saved", JSONValue.string($0.description))] } ?? []) + [
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
