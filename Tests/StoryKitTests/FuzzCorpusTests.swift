import FuzzCorpus
import Testing

@testable import StoryKit

/// Every input the parser fuzzer kept (Fuzz/corpus/parser) is replayed as a regression test.
@Suite struct FuzzCorpusTests {
    @Test func everyKeptFuzzInputParsesSafely() throws {
        let inputs = try FuzzCorpus.inputs("parser")
        #expect(inputs.count >= 50)
        for (name, bytes) in inputs {
            guard case .success(let page) = WirePageParser.result(bytes) else { continue }
            #expect(!page.story.headline.isEmpty, "\(name)")
            let texts = [page.story.headline] + page.story.body + page.story.latest.map(\.headline)
            #expect(texts.allSatisfy { !$0.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) } }, "\(name)")
        }
    }
}
