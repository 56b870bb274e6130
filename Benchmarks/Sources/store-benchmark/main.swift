import PageReading
import StoryKit
import StoryStore
import SyntheticCorpus

#if canImport(Glibc)
import Glibc
#endif

// Store benchmark: import, re-import and catalog load on a generated corpus.
// Usage: swift run -c release --package-path Benchmarks store-benchmark [pages] [work-folder]
//        store-benchmark load STORE      (internal: one catalog load in a fresh process)

func seconds(since start: ContinuousClock.Instant) -> Double {
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}

func residentBytes() -> Int {
    guard let file = fopen("/proc/self/statm", "r") else { return 0 }
    defer { fclose(file) }
    var size = 0, resident = 0
    _ = withUnsafeMutablePointer(to: &size) { sizePointer in
        withUnsafeMutablePointer(to: &resident) { residentPointer in
            withVaList([sizePointer, residentPointer]) { vfscanf(file, "%ld %ld", $0) }
        }
    }
    return resident * Int(sysconf(Int32(_SC_PAGESIZE)))
}

func format(_ value: Double) -> String { String((value * 100).rounded() / 100) }

let arguments = Array(CommandLine.arguments.dropFirst())

if arguments.first == "load", arguments.count == 2 {
    // A fresh process: resident memory before and after loading the catalog.
    let before = residentBytes()
    let start = ContinuousClock.now
    let store = try StoryStore.open(at: arguments[1], machine: "bench")
    let elapsed = seconds(since: start)
    let after = residentBytes()
    print("\(store.catalog.count) \(elapsed) \(after - before)")
    exit(0)
}

let pageCount = arguments.first.flatMap { Int($0) } ?? 100_000
let work = arguments.count > 1 ? arguments[1] : "/tmp/byline-store-benchmark"
let pages = work + "/pages-\(pageCount)-v2"
// A new folder each run: ext4 makes creating files slow for a while in groups where
// many were just deleted, so the previous run's store is removed only at the end.
let store = work + "/store-\(getpid())"

let corpus = SyntheticCorpus(pageCount: pageCount)
if !FileSystemCheck.exists(pages + "/" + corpus.fileName(pageCount - 1)) {
    mkdir(work, 0o755)
    mkdir(pages, 0o755)
    var bytes = 0
    for index in 0..<pageCount {
        let page = corpus.page(index)
        bytes += page.count
        let file = fopen(pages + "/" + corpus.fileName(index), "wb")!
        _ = page.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        fclose(file)
    }
    print("generated \(pageCount) pages, \(bytes / pageCount) bytes a page on average, in \(pages)")
}

// 1. First import.
var start = ContinuousClock.now
// The store reads pages with the reader `byline import` uses, whatever their kind.
let opened = try StoryStore.open(at: store, machine: "bench", create: true, parser: PageReader.parser)
let first = opened.importPages([pages])
let importSeconds = seconds(since: start)
print("import: \(first.new) new, \(first.failed) failed in \(format(importSeconds)) s (\(Int(Double(pageCount) / importSeconds)) pages/s)")

// 2. Re-import of the unchanged pages, in a new store handle as a new process would.
start = ContinuousClock.now
let again = try StoryStore.open(at: store, machine: "bench", parser: PageReader.parser).importPages([pages])
let reimportSeconds = seconds(since: start)
print("re-import: \(again.unchanged) unchanged, \(again.new + again.updated) changed in \(format(reimportSeconds)) s")

// 3. Catalog load, each in a fresh process so memory is measured from zero.
var loads: [Double] = []
var memory = 0
for _ in 0..<5 {
    let pipe = popen("'\(CommandLine.arguments[0])' load '\(store)'", "r")!
    var buffer = [CChar](repeating: 0, count: 256)
    fgets(&buffer, 256, pipe)
    pclose(pipe)
    let fields = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self).split(separator: " ")
    guard fields.count == 3, let time = Double(fields[1]), let bytes = Int(fields[2].trimmingPrefix(" ").filter(\.isNumber)) else { continue }
    loads.append(time * 1000)
    memory = max(memory, bytes)
}
loads.sort()
print("catalog load: median \(format(loads[loads.count / 2])) ms, best \(format(loads.first ?? 0)) ms, resident memory added \(memory / 1_000_000) MB")

enum FileSystemCheck {
    static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }
}

_ = system("rm -rf '\(store)'")
