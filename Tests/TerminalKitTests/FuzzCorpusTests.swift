import FuzzCorpus
import StoryKit
import Testing

@testable import TerminalKit

/// Every input the text fuzzer kept (Fuzz/corpus/text) is replayed: the first byte picks a width.
@Suite struct TextFuzzCorpusTests {
    @Test func everyKeptInputWrapsAndDrawsSafely() throws {
        let inputs = try FuzzCorpus.inputs("text")
        #expect(inputs.count >= 10)
        for (name, bytes) in inputs {
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
