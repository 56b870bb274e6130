import SeededRandom
import Testing

@testable import StoryKit

/// `TextRepair` against the standard library's own UTF-8 validation.
@Suite struct TextRepairTests {
    @Test func validationAgreesWithTheStandardLibraryOnRandomBytes() {
        var random = SplitMix64(seed: 0x5EED_0F_B17E)
        let pieces: [[UInt8]] = [
            Array("plain ascii text ".utf8), Array("café ".utf8), Array("東京 ".utf8), Array("🎆 ".utf8),
            [0xC3], [0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF], [0xE2, 0x82], [0xFF],
        ]
        for _ in 0..<2000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...40, using: &random) { bytes += pieces.randomElement(using: &random)! }
            #expect(TextRepair.isValidUTF8(bytes) == (String(validating: bytes, as: UTF8.self) != nil), "\(bytes)")
        }
    }

    @Test func invalidBytesAreReadAsWindows1252AndValidOnesKept() {
        let repaired = TextRepair.validUTF8([0x63, 0x61, 0x66, 0xE9, 0x20] + Array("東京".utf8) + [0x93, 0x94])
        #expect(String(decoding: repaired.bytes, as: UTF8.self) == "café 東京“”")
        #expect(repaired.windows1252Bytes == 3)
    }
}
