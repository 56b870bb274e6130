import Foundation
import FuzzDriver
import StoryStore

/// Any bytes as a machine's state log: reading state never crashes.
private let storeFolder: String = {
    let folder = NSTemporaryDirectory() + "byline-fuzz-state-\(getpid())"
    // Gone when the run ends, so runs do not leave stores behind in the temporary folder.
    atexit { try? FileManager.default.removeItem(atPath: NSTemporaryDirectory() + "byline-fuzz-state-\(getpid())") }
    _ = try? StoryStore.open(at: folder, machine: "fuzz", create: true)
    return folder
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzStateLog(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    try? Data(UnsafeBufferPointer(start: data, count: size)).write(to: URL(fileURLWithPath: storeFolder + "/state/other.log"))
    guard let store = try? StoryStore.open(at: storeFolder, machine: "fuzz") else { return 0 }
    _ = store.readingState().states.count
    return 0
}

@_cdecl("fuzz_state_log_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runLibFuzzer(argc, argv, fuzzStateLog)
}
