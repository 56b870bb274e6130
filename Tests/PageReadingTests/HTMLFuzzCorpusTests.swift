import FuzzCorpus
import PageReading
import StoryKit
import Testing

/// Every input the page-reader fuzzer kept (Fuzz/corpus/html) is replayed: each reads to
/// a story or a rejection, never a crash, and a story's text holds no control character.
@Suite struct HTMLFuzzCorpusTests {
    @Test func everyKeptInputReadsSafely() throws {
        let inputs = try FuzzCorpus.inputs("html")
        #expect(inputs.count >= 10)
        for (name, bytes) in inputs {
            guard let page = try? PageReader.read(bytes) else { continue }
            let story = page.story
            for text in [story.headline] + story.body + story.latest.map(\.headline) {
                #expect(!text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }, "\(name)")
            }
        }
    }
}
