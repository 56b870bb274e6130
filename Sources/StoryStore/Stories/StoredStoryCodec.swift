import Foundation
import StoryKit

/// The story file: one line of JSON (the parsed story and its metadata), a newline,
/// then the original page's bytes unchanged, kept compressed (`StoryFileCompression`);
/// files an earlier Byline wrote plain are read as they are. The JSON is written with
/// `JSONValue` (fast, fixed key order) and read with Foundation's decoder; keeping the
/// original in the same file means one file is created per imported page, not two.
enum StoredStoryCodec {
    static func encode(_ stored: StoredStory) -> [UInt8] {
        let story = stored.story
        let value = JSONValue.object(
            [("id", .string(stored.id.description))] + story.jsonMembers() + story.pageMembers() + [
                ("warnings", .array(stored.warnings.map(JSONValue.string))),
                ("original", .string(StoryID(value: stored.originalHash).description)),
                ("source", .string(stored.source)),
                ("imported", .number(Int(stored.importedAt))),
                ("parser", .number(stored.parserVersion)),
            ] + (stored.savedAt.map { [("saved", JSONValue.string($0.description))] } ?? []))
        var line: [UInt8] = []
        line.reserveCapacity(stored.original.count + 1024)
        value.writeCompact(to: &line)
        line.append(0x0A)
        return StoryFileCompression.compress(line: line, page: stored.original)
    }

    /// A plain story file's bytes (one an earlier Byline wrote) compressed: the same
    /// line and page, byte for byte.
    static func compressed(plain bytes: [UInt8]) throws(StoreError) -> [UInt8] {
        guard let newline = bytes.firstIndex(of: 0x0A) else { throw StoreError("not a valid story file (no original page after the JSON line)") }
        return StoryFileCompression.compress(line: Array(bytes[...newline]), page: Array(bytes[(newline + 1)...]))
    }

    /// The original page's bytes whose hash is `hash`, found even when the JSON line
    /// before them is damaged, however much of it: the compressed page's frame, or in a
    /// plain file what follows the first newline.
    static func original(in bytes: [UInt8], hashing hash: UInt64) -> [UInt8]? {
        if let page = StoryFileCompression.page(in: bytes), StableHasher.hash(page) == hash { return page }
        return bytes.firstIndex(of: 0x0A).map { Array(bytes[($0 + 1)...]) }.flatMap { StableHasher.hash($0) == hash ? $0 : nil }
    }

    static func decode(_ bytes: [UInt8]) throws(StoreError) -> StoredStory {
        let plain = StoryFileCompression.isCompressed(bytes) ? try StoryFileCompression.plainBytes(of: bytes) : bytes
        let (file, newline) = try jsonLine(Fields.self, ofPlain: plain)
        guard let original = StoryID(hex: file.original) else { throw StoreError("not a valid story file (bad original hash)") }
        return file.storedStory(original: Array(plain[(newline + 1)...]), originalHash: original.value)
    }

    /// The JSON line of a story file decoded as `type` (the fields a search reads, say);
    /// of a compressed file, only the line's frame is decompressed.
    static func jsonLine<Line: Decodable>(_ type: Line.Type, of bytes: [UInt8]) throws(StoreError) -> Line {
        let plain = StoryFileCompression.isCompressed(bytes) ? try StoryFileCompression.line(of: bytes) : bytes
        return try jsonLine(type, ofPlain: plain).line
    }

    /// The JSON line of a plain story file decoded as `type`, and where the line ends;
    /// a file without the original page after it is refused.
    private static func jsonLine<Line: Decodable>(_ type: Line.Type, ofPlain bytes: [UInt8]) throws(StoreError) -> (line: Line, newline: Int) {
        guard let newline = bytes.firstIndex(of: 0x0A) else { throw StoreError("not a valid story file (no original page after the JSON line)") }
        do {
            let line = try bytes.withUnsafeBufferPointer { buffer in
                try JSONDecoder().decode(type, from: Data(buffer: UnsafeBufferPointer(rebasing: buffer[..<newline])))
            }
            return (line, newline)
        } catch {
            throw StoreError("not a valid story file (\(Self.reason(error)))")
        }
    }

    /// The JSON fields of a stored story, shared by story files and exports.
    struct Fields: Decodable {
        var id: StoryID
        var headline: String
        var byline: String?
        var place: String?
        var agency: String?
        var date: CalendarDate?
        var published: PublishedTime?
        var body: [String]
        var signoff: String?
        var latest: [LatestItem]
        // Stories stored before real pages were read have none of these.
        var kind: PageKind?
        var url: String?
        var site: String?
        var authors: [String]?
        var language: String?
        var warnings: [String]
        var original: String
        var source: String
        var imported: Int64
        var parser: Int
        /// Stories stored before saved times were kept have none.
        var saved: WallClockTime?

        func storedStory(original bytes: [UInt8], originalHash: UInt64) -> StoredStory {
            let story = Story(
                headline: headline, byline: byline, place: place, agency: agency,
                date: date, published: published, body: body, signoff: signoff, latest: latest,
                kind: kind ?? .wire, url: url, site: site, authors: authors ?? [], language: language
            )
            return StoredStory(
                id: id, story: story, warnings: warnings, original: bytes, originalHash: originalHash,
                source: source, importedAt: imported, parserVersion: parser, savedAt: saved)
        }
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
