import SeededRandom
import Testing

@testable import StoryKit

/// Pieces that steer random input towards the parser's rules, so the walk reaches deep paths.
private let fragments: [[UInt8]] = [
    "by IANS |", "By Jane Doe | PTI", "Seoul, Dec 25 (IANS) ", "NEW DELHI, Dec. 31 (PTI) -",
    "--IANS", "(ANI)", "ksk/", "Latest News", "Trending", "Thu, Dec 25, 2025, 02:01 PM",
    "Jan 1, 2026, 12:00 AM", "Advertisement", "Home | A | B", "\u{1B}[31m", "\u{1B}]0;", "\r\n",
    "\n\n", "\u{A0}", "—", "(", ")", "|", ",", "東京", "e\u{301}", "👩‍👧",
].map { Array($0.utf8) }

/// Checks what every parse must guarantee, whatever the input.
private func checkInvariants(_ bytes: [UInt8], seed: UInt64) {
    do {
        let page = try WirePageParser.parse(bytes)
        let story = page.story
        #expect(!story.headline.isEmpty, "seed \(seed)")
        var texts = [story.headline] + story.body + story.latest.map(\.headline)
        texts += [story.byline, story.place, story.agency, story.signoff].compactMap { $0 }
        for text in texts {
            let clean = text.unicodeScalars.allSatisfy { !(0...0x1F ~= $0.value) && !(0x7F...0x9F ~= $0.value) }
            #expect(clean, "control character left in \(text.debugDescription) (seed \(seed))")
            #expect(text == text.trimmedOfSpaces, "untrimmed \(text.debugDescription) (seed \(seed))")
        }
        #expect(story.body.allSatisfy { !$0.isEmpty }, "seed \(seed)")
    } catch {
        // A typed rejection is the other allowed outcome; anything else would not compile.
        _ = error.description
    }
}

@Suite struct ParserPropertyTests {
    @Test func arbitraryBytesNeverCrash() {
        for seed in UInt64(1)...1500 {
            var random = SplitMix64(seed: seed)
            var bytes: [UInt8] = []
            let pieces = Int.random(in: 0...60, using: &random)
            for _ in 0..<pieces {
                switch Int.random(in: 0..<4, using: &random) {
                case 0: bytes += fragments.randomElement(using: &random)!
                case 1: bytes += (0..<Int.random(in: 1...12, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
                default: bytes += Array("word ".utf8) + (Bool.random(using: &random) ? [0x0A] : [])
                }
            }
            checkInvariants(bytes, seed: seed)
        }
    }

    @Test(arguments: Fixtures.pageNames.filter { !$0.contains("megabyte") })
    func everyTruncationPointOfAFixtureIsSafe(name: String) throws {
        let bytes = try Fixtures.bytes(of: name)
        let step = max(1, bytes.count / 150)
        for end in stride(from: 0, through: bytes.count, by: step) {
            checkInvariants(Array(bytes[..<end]), seed: UInt64(end))
        }
    }
}

extension String {
    fileprivate var trimmedOfSpaces: String {
        var slice = Substring(self)
        while slice.first == " " { slice = slice.dropFirst() }
        while slice.last == " " { slice = slice.dropLast() }
        return String(slice)
    }
}
