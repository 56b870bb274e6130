import FuzzDriver
import StoryKit
import TerminalKit

/// Any text through the sanitiser, the wrapper and the screen buffer: nothing unsafe
/// reaches a cell, no line is wider than asked, and nothing crashes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzText(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let width = Int(data[0]) % 90 + 1
    let text = String(decoding: UnsafeBufferPointer(start: data + 1, count: size - 1), as: UTF8.self)
    let safe = SafeText.sanitised(text)
    precondition(!safe.unicodeScalars.contains(where: SafeText.needsReplacement))
    let lines = TextWrapper.wrap(safe, width: width)
    for line in lines { precondition(DisplayWidth.of(line) <= width || line.count == 1) }
    precondition(DisplayWidth.of(TextWrapper.truncate(text, width: width)) <= width)
    var buffer = ScreenBuffer(width: width, height: 3)
    buffer.put(text, x: 0, y: 1, limit: width)
    for cell in buffer.cells {
        precondition(!cell.text.unicodeScalars.contains(where: SafeText.needsReplacement))
    }
    return 0
}

@_cdecl("fuzz_text_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runLibFuzzer(argc, argv, fuzzText)
}
