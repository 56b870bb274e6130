import Foundation
import StoryKit
import Testing

@testable import StoryStore

/// Story files are two zstd frames (the JSON line, the page) that decompress to the plain
/// layout; damaged, truncated or hostile files are refused with a reason, never a crash,
/// and a page whose line is damaged is still found for `check --repair`.
@Suite struct StoryFileCompressionTests {
    private static func storedStory(page text: String = page("Harbour lights stay on through winter")) throws -> StoredStory {
        let bytes = Array(text.utf8)
        let parsed = try WirePageParser.parse(bytes)
        return StoredStory(
            id: StoryID(parsed.story), story: parsed.story, warnings: [], original: bytes, originalHash: StableHasher.hash(bytes),
            source: "/pages/harbour.txt", importedAt: 1_765_000_000_000, parserVersion: WirePageParser.version)
    }

    /// What an earlier Byline wrote for `stored`: its line and page, uncompressed.
    private static func plainFile(_ stored: StoredStory) throws -> [UInt8] {
        try StoryFileCompression.plainBytes(of: StoredStoryCodec.encode(stored))
    }

    @Test func aStoryFileIsTwoFramesThatDecompressToThePlainLayout() throws {
        let stored = try Self.storedStory()
        let file = StoredStoryCodec.encode(stored)
        #expect(StoryFileCompression.isCompressed(file))
        let plain = try StoryFileCompression.plainBytes(of: file)
        let newline = try #require(plain.firstIndex(of: 0x0A))
        #expect(plain[0] == UInt8(ascii: "{"))
        #expect(Array(plain[(newline + 1)...]) == stored.original)
        #expect(try StoryFileCompression.line(of: file) == Array(plain[...newline]))
        #expect(file.count < plain.count)

        let decoded = try StoredStoryCodec.decode(file)
        #expect(decoded.id == stored.id && decoded.story == stored.story && decoded.original == stored.original)
        #expect(decoded.source == stored.source && decoded.importedAt == stored.importedAt)
    }

    @Test func aPlainFileOfAnEarlierBylineReadsAsTheCompressedOneAndCompressesToTheSameBytes() throws {
        let stored = try Self.storedStory()
        let plain = try Self.plainFile(stored)
        #expect(!StoryFileCompression.isCompressed(plain))
        let fromPlain = try StoredStoryCodec.decode(plain)
        #expect(fromPlain.story == stored.story && fromPlain.original == stored.original)
        #expect(try StoredStoryCodec.jsonLine(SearchableFields.self, of: plain).story.headline == stored.story.headline)
        let compressed = try StoredStoryCodec.compressed(plain: plain)
        #expect(try StoryFileCompression.plainBytes(of: compressed) == plain)
    }

    @Test func anEmptyPageKeepsItsFrame() throws {
        var stored = try Self.storedStory()
        stored.original = []
        let file = StoredStoryCodec.encode(stored)
        #expect(try StoredStoryCodec.decode(file).original == [])
    }

    @Test func aChangedByteInEitherFrameIsFound() throws {
        let stored = try Self.storedStory()
        let file = StoredStoryCodec.encode(stored)
        // Every byte after the magic, changed in turn: the file never decodes to another
        // story, and a change inside either frame's data is refused.
        for offset in 4..<file.count {
            var damaged = file
            damaged[offset] ^= 0x5A
            let decoded = try? StoredStoryCodec.decode(damaged)
            #expect(decoded == nil || (decoded!.story == stored.story && decoded!.original == stored.original), "byte \(offset)")
        }
        let pageFrame = try #require((1..<file.count).last { Array(file[$0...].prefix(4)) == StoryFileCompression.magic })
        for offset in [pageFrame / 2, (pageFrame + file.count) / 2] {
            var damaged = file
            damaged[offset] ^= 0x5A
            #expect(throws: StoreError.self, "byte \(offset)") { try StoredStoryCodec.decode(damaged) }
        }
    }

    @Test func thePageIsFoundBehindADamagedLine() throws {
        let stored = try Self.storedStory()
        var file = StoredStoryCodec.encode(stored)
        file.replaceSubrange(0..<10, with: Array("{broken!!!".utf8))
        #expect(throws: StoreError.self) { try StoredStoryCodec.decode(file) }
        #expect(StoredStoryCodec.original(in: file, hashing: stored.originalHash) == stored.original)
        // A wrong hash finds nothing rather than the wrong bytes.
        #expect(StoredStoryCodec.original(in: file, hashing: stored.originalHash &+ 1) == nil)
    }

    @Test func everyTruncationIsRefusedWithAReason() throws {
        let file = StoredStoryCodec.encode(try Self.storedStory())
        for length in 0..<file.count {
            #expect(throws: StoreError.self, "length \(length)") { try StoredStoryCodec.decode(Array(file.prefix(length))) }
        }
    }

    @Test func aFrameClaimingHugeContentIsRefusedBeforeAllocating() throws {
        // A frame header with an 8-byte content size of 1 TB (single segment, no checksum),
        // then one raw last block of one byte.
        let hostile: [UInt8] = StoryFileCompression.magic + [0xE0] + [0, 0, 0, 0, 0, 1, 0, 0] + [0x09, 0, 0, 0x41]
        #expect {
            try StoredStoryCodec.decode(hostile + hostile)
        } throws: { error in
            (error as? StoreError)?.message.contains("damaged compressed frame at byte 0") == true
        }
        #expect(StoredStoryCodec.original(in: hostile + hostile, hashing: 0) == nil)
    }

    @Test func randomBytesBehindTheMagicNeverCrash() throws {
        var random = SystemRandomNumberGenerator()
        let valid = StoredStoryCodec.encode(try Self.storedStory())
        for round in 0..<300 {
            let length = Int.random(in: 0..<600, using: &random)
            var bytes = StoryFileCompression.magic + (0..<length).map { _ in UInt8.random(in: 0...255, using: &random) }
            // Half the time, a valid line frame before the noise.
            if round.isMultiple(of: 2) { bytes = Array(valid.prefix(valid.count / 2)) + bytes }
            _ = try? StoredStoryCodec.decode(bytes)
            _ = try? StoredStoryCodec.jsonLine(SearchableFields.self, of: bytes)
            _ = StoredStoryCodec.original(in: bytes, hashing: 1)
        }
    }
}
