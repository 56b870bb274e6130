import Foundation
import StoryKit
import Testing

@testable import StoryStore

/// What the next writer does with the story files a writer killed mid-import left behind.
@Suite struct RecoveryTests {
    /// The id of a process that has ended, to name files as a dead writer would.
    private func deadProcessID() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    private func storedStory(_ file: String) throws -> StoredStory {
        let bytes = try PageFile.read(TemporaryStore.fixturePages + "/" + file)
        let page = try WirePageParser.parse(bytes)
        return StoredStory(
            id: StoryID(page.story), story: page.story, warnings: page.warnings.map(\.description), original: bytes,
            originalHash: StableHasher.hash(bytes), source: file, importedAt: 1_767_000_000, parserVersion: WirePageParser.version)
    }

    @Test func completeStoriesOfADeadWriterAreStoredAndTornOnesRemoved() throws {
        let temporary = try TemporaryStore()
        let store = try temporary.open()
        let complete = try storedStory("2025-12-29-pti-mumbai-suburban-rail-adds-twelve-air.txt")
        let torn = try storedStory("2025-12-27-ians-seoul-libraries-to-stay-open-until.txt")
        let dead = try deadProcessID()
        let layout = store.layout
        // Format 2 writes story files in the machine's scratch folder; format 1 wrote them
        // beside their final place, and a crash of that Byline is recovered too.
        func temporaryPath(_ id: StoryID, pid: Int32, _ number: Int, formatOne: Bool = false) throws -> String {
            let shard = "\(formatOne ? layout.storiesFolder : layout.temporaryStoriesFolder)/\(id.description.prefix(2))"
            try FileManager.default.createDirectory(atPath: shard, withIntermediateDirectories: true)
            return "\(shard)/.\(id).story.\(pid).\(number).tmp"
        }
        try Data(StoredStoryCodec.encode(complete)).write(to: URL(fileURLWithPath: try temporaryPath(complete.id, pid: dead, 1)))
        let tornBytes = StoredStoryCodec.encode(torn)
        let tornPath = try temporaryPath(torn.id, pid: dead, 2, formatOne: true)
        try Data(tornBytes.prefix(tornBytes.count - 100)).write(to: URL(fileURLWithPath: tornPath))
        try FileManager.default.createDirectory(atPath: layout.temporaryFolder, withIntermediateDirectories: true)
        try Data("half a catalog".utf8).write(to: URL(fileURLWithPath: "\(layout.temporaryFolder)/catalog.\(dead).3.tmp"))
        try Data().write(to: URL(fileURLWithPath: layout.writingMark(dead)))
        // A live writer's file (this process) is left alone.
        let ours = try temporaryPath(torn.id, pid: getpid(), 4)
        try Data(tornBytes).write(to: URL(fileURLWithPath: ours))

        _ = store.importPages([])  // any writer recovers first

        #expect(store.catalog.contains(complete.id))
        #expect(try store.story(complete.id).story == complete.story)
        #expect(!store.catalog.contains(torn.id))
        #expect(!FileManager.default.fileExists(atPath: tornPath))
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: layout.temporaryFolder).filter { $0 != "stories" }.isEmpty,
            "the catalog copy and the dead writer's mark are gone")
        #expect(FileManager.default.fileExists(atPath: ours))
        try FileManager.default.removeItem(atPath: ours)
        #expect(try temporary.open().check(repair: false).isClean)
    }

    @Test func aDeadWritersCopyOfAStoryAlreadyStoredIsDropped() throws {
        let temporary = try TemporaryStore()
        let store = try temporary.open()
        let original = try storedStory("2025-12-29-pti-mumbai-suburban-rail-adds-twelve-air.txt")
        _ = store.importPages([TemporaryStore.fixturePages + "/2025-12-29-pti-mumbai-suburban-rail-adds-twelve-air.txt"])
        // An update that never committed: the stored version stays.
        var changed = original
        changed.story.body.append("A paragraph an interrupted update would have added.")
        changed.originalHash = StableHasher.hash(changed.original)
        let dead = try deadProcessID()
        let path = "\(store.layout.storiesFolder)/\(changed.id.description.prefix(2))/.\(changed.id).story.\(dead).1.tmp"
        try Data(StoredStoryCodec.encode(changed)).write(to: URL(fileURLWithPath: path))
        try Data().write(to: URL(fileURLWithPath: store.layout.writingMark(dead)))
        _ = store.importPages([])
        #expect(try store.story(original.id).story == original.story)
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func anotherMachinesUnfinishedWorkIsLeftToIt() throws {
        // What a syncer copies of the laptop's import mid-batch: its writing mark and a
        // whole story file in its scratch folder. The desk's writers and repairs leave them.
        let temporary = try TemporaryStore()
        let desk = try temporary.open(machine: "desk")
        let complete = try storedStory("2025-12-29-pti-mumbai-suburban-rail-adds-twelve-air.txt")
        let dead = try deadProcessID()
        let laptop = StoreLayout(root: temporary.root, machine: "laptop")
        let shard = "\(laptop.temporaryStoriesFolder)/\(complete.id.description.prefix(2))"
        try FileManager.default.createDirectory(atPath: shard, withIntermediateDirectories: true)
        let path = "\(shard)/.\(complete.id).story.\(dead).1.tmp"
        try Data(StoredStoryCodec.encode(complete)).write(to: URL(fileURLWithPath: path))
        try Data().write(to: URL(fileURLWithPath: laptop.writingMark(dead)))

        _ = desk.importPages([])
        #expect(desk.check(repair: true).repairs.isEmpty)
        #expect(!desk.catalog.contains(complete.id))
        #expect(FileManager.default.fileExists(atPath: path) && FileManager.default.fileExists(atPath: laptop.writingMark(dead)))
        // The laptop's own next writer finishes its work.
        let onLaptop = try temporary.open(machine: "laptop")
        _ = onLaptop.importPages([])
        #expect(onLaptop.catalog.contains(complete.id))
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}
