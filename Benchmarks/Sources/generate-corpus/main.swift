import SyntheticCorpus

#if canImport(Glibc)
import Glibc
#endif

// Writes a synthetic corpus of wire pages to a folder, for store and start-up benchmarks.
// Usage: swift run -c release --package-path Benchmarks generate-corpus FOLDER [pages]

let arguments = Array(CommandLine.arguments.dropFirst())
guard let folder = arguments.first else {
    print("usage: generate-corpus FOLDER [pages]")
    exit(2)
}
let count = arguments.count > 1 ? Int(arguments[1]) ?? 100_000 : 100_000
let corpus = SyntheticCorpus(pageCount: count)
mkdir(folder, 0o755)
var bytes = 0
for index in 0..<count {
    let page = corpus.page(index)
    bytes += page.count
    let path = folder + "/" + corpus.fileName(index)
    guard let file = fopen(path, "wb") else {
        print("generate-corpus: cannot write \(path)")
        exit(1)
    }
    _ = page.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
    fclose(file)
}
print("wrote \(count) pages, \(bytes) bytes, to \(folder)")
