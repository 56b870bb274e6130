import ReaderModel
import StoryKit
import SyntheticCorpus
import TerminalKit

// View-model and rendering benchmark with 100,000 stories in memory.
// Usage: swift run -c release --package-path Benchmarks reader-benchmark [stories]

func milliseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
}
func format(_ value: Double) -> String { String((value * 1000).rounded() / 1000) }

let count = CommandLine.arguments.dropFirst().first.flatMap { Int($0) } ?? 100_000
let corpus = SyntheticCorpus(pageCount: count)
let clock = ContinuousClock()
var start = clock.now
let stories = (0..<count).map { try! WirePageParser.parse(corpus.page($0)).story }
let library = InMemoryLibrary(stories: stories)
print("setup: \(count) stories parsed and indexed in \(format(milliseconds(clock.now - start))) ms")

start = clock.now
var state = ReaderState(library: library, viewport: ScreenLayout.viewport(width: 200, height: 60), measure: ScreenRenderer.measure)
print("model start (sort \(count) stories, open the first): \(format(milliseconds(clock.now - start))) ms")

// Frames.
let renderer = ScreenRenderer()
for (name, prepare) in [
    ("browse with reading pane", { (s: inout ReaderState) in _ = Reader.update(&s, .moveDown) }),
    ("full-screen reader", { (s: inout ReaderState) in _ = Reader.update(&s, .open) }),
] {
    prepare(&state)
    var times: [Double] = []
    for frame in 0..<2000 {
        if frame % 2 == 0 { _ = Reader.update(&state, state.screen == .reader ? .scrollStory(lines: 1) : .moveDown) }
        let begin = clock.now
        let buffer = renderer.render(state, width: 200, height: 60)
        times.append(milliseconds(clock.now - begin))
        precondition(buffer.width == 200)
    }
    times.sort()
    print("frame 200×60, \(name): median \(format(times[times.count / 2])) ms, 99th percentile \(format(times[times.count * 99 / 100])) ms")
}
_ = Reader.update(&state, .back)

// Search as you type. The app builds the headline index in the background after the
// first frame; time that build, then opening search with the index in place.
start = clock.now
let index = HeadlineSearchIndex(summaries: state.summaries, generation: state.libraryGeneration)
print("headline index built (in the background in the app): \(format(milliseconds(clock.now - start))) ms")
_ = Reader.update(&state, .headlineIndexReady(index))
start = clock.now
_ = Reader.update(&state, .beginSearch)
print("search opened: \(format(milliseconds(clock.now - start))) ms")
var keystrokes: [String] = []
for character in "harbour report 7" {
    let begin = clock.now
    _ = Reader.update(&state, .searchInput(String(character)))
    let elapsed = milliseconds(clock.now - begin)
    keystrokes.append("\(character == " " ? "␠" : String(character)) \(format(elapsed))")
}
print("headline matches per keystroke (ms): " + keystrokes.joined(separator: ", "))
print("matches after \"harbour report 7\": \(state.order.count)")
// The full answer comes from the store's search index in the background; it is measured
// on a real store through the binary by Benchmarks/search-benchmark.py, not here.
