import Foundation
import StoryKit
import Testing

@testable import StoryStore

@Suite struct StateTests {
    @Test func logsFromTwoMachinesMergeByTime() throws {
        let temporary = try TemporaryStore()
        _ = try temporary.open().importPages([try temporary.write("a.txt", page("Ferry service resumes"))])
        let laptop = try temporary.open(machine: "laptop")
        let desk = try temporary.open(machine: "desk")
        let id = try #require(laptop.catalog.entries.first?.id)
        try laptop.record([StateChange(id: id, kind: .read)], at: 1_000)
        try desk.record([StateChange(id: id, kind: .unread)], at: 2_000)
        try desk.record([StateChange(id: id, kind: .star), StateChange(id: id, kind: .position(12))], at: 3_000)
        try laptop.record([StateChange(id: id, kind: .unstar)], at: 4_000)
        try laptop.record([StateChange(id: id, kind: .position(40))], at: 2_500)

        let merged = laptop.readingState()[id]
        #expect(merged == StoryState(isRead: false, isStarred: false, position: 12))
        #expect(FileManager.default.fileExists(atPath: temporary.root + "/state/laptop.log"))
        #expect(FileManager.default.fileExists(atPath: temporary.root + "/state/desk.log"))
    }

    @Test func aTornLastLineIsIgnored() throws {
        let temporary = try TemporaryStore()
        let store = try temporary.open(machine: "laptop")
        let id = StoryID(value: 42)
        try store.record([StateChange(id: id, kind: .star)], at: 1_000)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: temporary.root + "/state/laptop.log"))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("2000 unst".utf8))
        try handle.close()
        #expect(store.readingState()[id].isStarred)
    }
}
