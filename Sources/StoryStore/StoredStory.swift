import Foundation
import StoryKit

/// A story as the store keeps it in `stories/xx/ID.json`: the parsed fields plus
/// where they came from, so any story can be traced to its original bytes.
public struct StoredStory: Hashable, Sendable {
    public var id: StoryID
    public var story: Story
    public var warnings: [String]
    /// Content hash of the original page, which names `originals/xx/HASH.txt`.
    public var originalHash: UInt64
    /// The path the page was imported from, as given.
    public var source: String
    /// Unix seconds.
    public var importedAt: Int64
    public var parserVersion: Int

    public init(id: StoryID, story: Story, warnings: [String], originalHash: UInt64, source: String, importedAt: Int64, parserVersion: Int) {
        self.id = id
        self.story = story
        self.warnings = warnings
        self.originalHash = originalHash
        self.source = source
        self.importedAt = importedAt
        self.parserVersion = parserVersion
    }

    /// The parsed content alone, to tell an updated story from an unchanged one.
    func sameContent(as other: StoredStory) -> Bool {
        story == other.story && warnings == other.warnings
    }

    var catalogRecord: CatalogRecord {
        CatalogRecord(id: id, contentHash: originalHash, story: story, importedAt: importedAt, parserVersion: parserVersion)
    }
}

/// The JSON form of a story file. Written with `JSONValue` (fast, fixed key order,
/// readable in any editor); read with Foundation's decoder.
enum StoredStoryCodec {
    static func encode(_ stored: StoredStory) -> [UInt8] {
        let story = stored.story
        let value = JSONValue.object([
            ("id", .string(stored.id.description)),
            ("headline", .string(story.headline)),
            ("byline", .optional(story.byline)),
            ("place", .optional(story.place)),
            ("agency", .optional(story.agency)),
            ("date", .optional(story.date?.description)),
            ("published", .optional(story.published?.description)),
            ("body", .array(story.body.map(JSONValue.string))),
            ("signoff", .optional(story.signoff)),
            ("latest", .array(story.latest.map { .object([("headline", .string($0.headline)), ("time", .string($0.time.description))]) })),
            ("warnings", .array(stored.warnings.map(JSONValue.string))),
            ("original", .string(StoryID(value: stored.originalHash).description)),
            ("source", .string(stored.source)),
            ("imported", .number(Int(stored.importedAt))),
            ("parser", .number(stored.parserVersion)),
        ])
        return value.compactBytes + [0x0A]
    }

    static func decode(_ bytes: [UInt8]) throws(StoreError) -> StoredStory {
        let file: File
        do {
            file = try JSONDecoder().decode(File.self, from: Data(bytes))
        } catch {
            throw StoreError("not a valid story file (\(Self.reason(error)))")
        }
        guard let original = StoryID(hex: file.original) else { throw StoreError("not a valid story file (bad original hash)") }
        let story = Story(
            headline: file.headline, byline: file.byline, place: file.place, agency: file.agency,
            date: file.date, published: file.published, body: file.body, signoff: file.signoff, latest: file.latest
        )
        return StoredStory(
            id: file.id, story: story, warnings: file.warnings, originalHash: original.value,
            source: file.source, importedAt: file.imported, parserVersion: file.parser
        )
    }

    private struct File: Decodable {
        var id: StoryID
        var headline: String
        var byline: String?
        var place: String?
        var agency: String?
        var date: CalendarDate?
        var published: WallClockTime?
        var body: [String]
        var signoff: String?
        var latest: [LatestItem]
        var warnings: [String]
        var original: String
        var source: String
        var imported: Int64
        var parser: Int
    }

    private static func reason(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): "missing \(key.stringValue)"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context),
             DecodingError.dataCorrupted(let context):
            context.codingPath.isEmpty ? "not JSON" : "bad \(context.codingPath.map(\.stringValue).joined(separator: "."))"
        default: "not JSON"
        }
    }
}
