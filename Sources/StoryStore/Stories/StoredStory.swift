import Foundation
import StoryKit

/// A story as the store keeps it in `stories/xx/ID.story`: the parsed fields, where
/// they came from, and the original page's bytes, so any story can be parsed again.
public struct StoredStory: Hashable, Sendable {
    public var id: StoryID
    public var story: Story
    public var warnings: [String]
    /// The page exactly as imported.
    public var original: [UInt8]
    /// Content hash of `original`; a re-import of the same bytes is recognised by it.
    public var originalHash: UInt64
    /// The path the page was imported from, as given.
    public var source: String
    /// Unix seconds.
    public var importedAt: Int64
    public var parserVersion: Int
    /// When the page file was last written (saved by the browser), on the importing
    /// machine's wall clock; nil when not known (an export, a rebuilt story).
    public var savedAt: WallClockTime?

    public init(
        id: StoryID, story: Story, warnings: [String], original: [UInt8], originalHash: UInt64, source: String, importedAt: Int64, parserVersion: Int,
        savedAt: WallClockTime? = nil
    ) {
        self.id = id
        self.story = story
        self.warnings = warnings
        self.original = original
        self.originalHash = originalHash
        self.source = source
        self.importedAt = importedAt
        self.parserVersion = parserVersion
        self.savedAt = savedAt
    }

    /// The parsed content alone, to tell an updated story from an unchanged one.
    func sameContent(as other: StoredStory) -> Bool {
        story == other.story && warnings == other.warnings
    }

    var catalogRecord: CatalogRecord { catalogRecord(fingerprint: nil) }

    func catalogRecord(fingerprint: TextFingerprint?) -> CatalogRecord {
        CatalogRecord(
            id: id, contentHash: originalHash, story: story, importedAt: importedAt, parserVersion: parserVersion, savedAt: savedAt,
            fingerprint: fingerprint)
    }
}
