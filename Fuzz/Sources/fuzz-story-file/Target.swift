import Foundation
import FuzzDriver
import StoryKit
import StoryStore

/// Any bytes as a story file, compressed or plain, as a file syncer could bring one:
/// reading it and checking the store never crash.
private let storeFolder: String = {
    let folder = NSTemporaryDirectory() + "byline-fuzz-story-\(getpid())"
    // Gone when the run ends, so runs do not leave stores behind in the temporary folder.
    atexit { try? FileManager.default.removeItem(atPath: NSTemporaryDirectory() + "byline-fuzz-story-\(getpid())") }
    _ = try? StoryStore.open(at: folder, machine: "fuzz", create: true)
    try? FileManager.default.createDirectory(atPath: folder + "/stories/00", withIntermediateDirectories: true)
    return folder
}()

private let id = StoryID(hex: "0011223344556677")!

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzStoryFile(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let layout = StoreLayout(root: storeFolder, machine: "fuzz")
    try? Data(UnsafeBufferPointer(start: data, count: size)).write(to: URL(fileURLWithPath: layout.storyFile(id)))
    guard let store = try? StoryStore.open(at: storeFolder, machine: "fuzz") else { return 0 }
    _ = try? store.fileReader.read(id)
    _ = store.check(repair: false).problems.count
    return 0
}

@_cdecl("fuzz_story_file_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runLibFuzzer(argc, argv, fuzzStoryFile)
}
