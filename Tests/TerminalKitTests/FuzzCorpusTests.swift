import Foundation
import StoryKit
import Testing

@testable import TerminalKit

/// Every input the text fuzzer kept (Fuzz/corpus/text) is replayed: the first byte picks a width.
@Suite struct TextFuzzCorpusTests {
    @Test func everyKeptInputWrapsAndDrawsSafely() throws {
        let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fuzz/corpus/text")
        let names = try FileManager.default.contentsOfDirectory(atPath: corpus.path)
        #expect(names.count >= 10)
        for name in names {
            let bytes = Array(try Data(contentsOf: corpus.appendingPathComponent(name)))
            guard let first = bytes.first else { continue }
            let width = Int(first) % 90 + 1
            let text = String(decoding: bytes.dropFirst(), as: UTF8.self)
            for line in TextWrapper.wrap(SafeText.sanitised(text), width: width) {
                #expect(DisplayWidth.of(line) <= width || line.count == 1, "\(name)")
            }
            var buffer = ScreenBuffer(width: width, height: 2)
            buffer.put(text, x: 0, y: 0, limit: width)
            #expect(buffer.cells.allSatisfy { !$0.text.unicodeScalars.contains(where: SafeText.needsReplacement) }, "\(name)")
        }
    }
}
