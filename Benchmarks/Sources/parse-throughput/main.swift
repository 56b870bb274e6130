import PageReading
import StoryKit
import SyntheticCorpus

// Parse throughput of the shared parser on one core.
// Usage: swift run -c release --package-path Benchmarks parse-throughput [megabytes] [rounds]

let arguments = CommandLine.arguments.dropFirst()
let targetMegabytes = arguments.first.flatMap { Int($0) } ?? 64
let rounds = arguments.dropFirst().first.flatMap { Int($0) } ?? 5

let corpus = SyntheticCorpus(pageCount: .max)
var pages: [[UInt8]] = []
var totalBytes = 0
while totalBytes < targetMegabytes * 1_000_000 {
    let page = corpus.page(pages.count)
    totalBytes += page.count
    pages.append(page)
}
print("corpus: \(pages.count) pages, \(totalBytes) bytes (\(totalBytes / pages.count) bytes a page)")

var rates: [Double] = []
var checksum = 0
for round in 1...rounds {
    let clock = ContinuousClock()
    let start = clock.now
    for page in pages {
        let parsed = try PageReader.read(page)
        checksum &+= parsed.story.body.count &+ parsed.story.latest.count
    }
    let elapsed = clock.now - start
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    let rate = Double(totalBytes) / 1_000_000 / seconds
    rates.append(rate)
    print("round \(round): \(String(format2: seconds)) s, \(String(format2: rate)) MB/s")
}
rates.sort()
print("median \(String(format2: rates[rates.count / 2])) MB/s, best \(String(format2: rates.last!)) MB/s (checksum \(checksum))")

extension String {
    init(format2 value: Double) {
        let scaled = (value * 100).rounded() / 100
        self = String(scaled)
    }
}

// Adversarial shapes at two sizes: linear work means twice the bytes take about twice the time.
let shapes: [(String, (Int) -> [UInt8])] = [
    ("one long line", { size in Array(String(repeating: "tide ", count: size / 5).utf8) }),
    ("repeated headings", { size in Array(("H\n\n" + String(repeating: "Trending\n", count: size / 9)).utf8) }),
    ("parentheses", { size in Array(("H\n\n" + String(repeating: "(", count: size)).utf8) }),
    ("pipes", { size in Array(("H\n\n" + String(repeating: "a | b | ", count: size / 8)).utf8) }),
    ("escape sequences", { size in Array(("H\n" + String(repeating: "\u{1B}[1;", count: size / 4)).utf8) }),
    ("latest items", { size in Array(("H\n\nLatest News\n" + String(repeating: "Story Thu, Dec 25, 2025, 02:01 PM\n", count: size / 34)).utf8) }),
    ("invalid UTF-8", { size in [UInt8](repeating: 0xE9, count: size) }),
]
for (name, make) in shapes {
    var seconds: [Double] = []
    for size in [4_000_000, 8_000_000] {
        let input = make(size)
        let clock = ContinuousClock()
        let start = clock.now
        _ = try? PageReader.read(input)
        let elapsed = clock.now - start
        seconds.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }
    print(
        "\(name): 4 MB \(String(format2: seconds[0] * 1000)) ms, 8 MB \(String(format2: seconds[1] * 1000)) ms, ratio \(String(format2: seconds[1] / seconds[0]))"
    )
}
