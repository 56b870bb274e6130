import FuzzDriver
import StoryKit

/// Any bytes: the parser returns a story or a rejection, and a story holds no control characters.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzParser(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if case .success(let page) = WirePageParser.result(bytes) {
        let story = page.story
        precondition(!story.headline.isEmpty)
        for text in [story.headline] + story.body + story.latest.map(\.headline) {
            precondition(!text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        }
        _ = ParseReport.json(file: "fuzz", page: page).compact
    }
    return 0
}

@_cdecl("fuzz_parser_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runLibFuzzer(argc, argv, fuzzParser)
}
