import Foundation
import SeededRandom
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

    /// The merge as it reads: every event of every log, sorted by (time, log name, line),
    /// applied in that order.
    private func sortedMerge(_ logs: [String: [StateEvent]]) -> [StoryID: StoryState] {
        var all: [(event: StateEvent, log: String, line: Int)] = []
        for (name, events) in logs {
            for (line, event) in events.enumerated() { all.append((event, name + ".log", line)) }
        }
        all.sort { ($0.event.time, $0.log, $0.line) < ($1.event.time, $1.log, $1.line) }
        var states: [StoryID: StoryState] = [:]
        for entry in all { states[entry.event.change.id, default: StoryState()].apply(entry.event.change.kind) }
        return states
    }

    @Test(arguments: [1, 2, 3, 4, 5])
    func foldingTheLogsGivesWhatSortingEveryEventGives(seed: UInt64) throws {
        let temporary = try TemporaryStore()
        var random = SplitMix64(seed: seed)
        var logs: [String: [StateEvent]] = [:]
        let ids = (0..<40).map { _ in StoryID(value: random.next()) }
        for machine in ["desk", "laptop", "tablet"] {
            // Few distinct times, so that ties between machines and within a log are common.
            try recordRandomEvents(600, ids: ids, machine: machine, in: temporary, random: &random, into: &logs, times: 200)
        }
        #expect(try temporary.open().readingState().states == sortedMerge(logs))
    }

    @Test func logLinesReadAsTheyAreWrittenAndNothingElse() throws {
        let id = StoryID(value: 0x0123_4567_89ab_cdef)
        for event in [
            StateEvent(time: 1_767_000_000_123, change: StateChange(id: id, kind: .read)),
            StateEvent(time: 5, change: StateChange(id: id, kind: .unstar)),
            StateEvent(time: 0, change: StateChange(id: id, kind: .position(4_000))),
        ] {
            #expect(StateEvent(line: Substring(event.line.dropLast())) == event)
        }
        #expect(StateEvent(line: "12  star  0123456789abcdef ")?.change.kind == .star)
        for bad in [
            "", "12", "12 read", "12 read 0123456789abcde", "12 read 0123456789abcdefa", "12 read 0123456789abcdeg",
            "x12 read 0123456789abcdef", "12 reads 0123456789abcdef", "12 position 0123456789abcdef",
            "12 position 0123456789abcdef -3", "12 read 0123456789abcdef 7", "99999999999999999999 read 0123456789abcdef",
        ] {
            #expect(StateEvent(line: Substring(bad)) == nil, "\(bad)")
        }
    }

    /// Random events for `ids` on one machine, appended to its log.
    private func recordRandomEvents(
        _ count: Int, ids: [StoryID], machine: String, in temporary: TemporaryStore, random: inout SplitMix64, into logs: inout [String: [StateEvent]],
        times: Int = 5_000
    ) throws {
        let store = try temporary.open(machine: machine)
        var events: [StateEvent] = []
        for _ in 0..<count {
            let kinds: [StateChange.Kind] = [.read, .unread, .star, .unstar, .position(random.next(below: 90))]
            events.append(
                StateEvent(
                    time: Int64(1_767_000_000_000 + random.next(below: times)),
                    change: StateChange(id: ids[random.next(below: ids.count)], kind: kinds[random.next(below: kinds.count)])))
        }
        try store.record([], at: 0)
        try FileSystem.append(Array(events.map(\.line).joined().utf8), to: store.layout.stateLog(machine: machine))
        logs[machine, default: []] += events
    }

    @Test func aCheckpointHoldsTheFoldAndOnlyWhatTheLogsGainedIsReadAfterIt() throws {
        let temporary = try TemporaryStore()
        var random = SplitMix64(seed: 7)
        var logs: [String: [StateEvent]] = [:]
        let ids = (0..<300).map { _ in StoryID(value: random.next()) }
        try recordRandomEvents(3_000, ids: ids, machine: "laptop", in: temporary, random: &random, into: &logs)
        try recordRandomEvents(2_000, ids: ids, machine: "desk", in: temporary, random: &random, into: &logs)
        let store = try temporary.open()
        #expect(store.readingState().states == sortedMerge(logs))
        let checkpoint = store.layout.stateCheckpointFile
        #expect(FileManager.default.fileExists(atPath: checkpoint))

        // Bytes the checkpoint folded, far from the end, are not read again: garbage there
        // changes nothing.
        let laptopLog = store.layout.stateLog(machine: "laptop")
        var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: laptopLog)))
        for index in 0..<1_000 { bytes[index] = 0x58 }
        try Data(bytes).write(to: URL(fileURLWithPath: laptopLog))
        #expect(store.readingState().states == sortedMerge(logs))

        // What the logs gain, a new machine's log included (it sorts first), is folded in.
        try Data(try Data(contentsOf: URL(fileURLWithPath: laptopLog)).prefix(0)).write(to: URL(fileURLWithPath: laptopLog))
        logs["laptop"] = []
        #expect(store.readingState().states == sortedMerge(logs), "a log that shrank makes the checkpoint useless")
        try recordRandomEvents(500, ids: ids, machine: "laptop", in: temporary, random: &random, into: &logs)
        try recordRandomEvents(400, ids: ids, machine: "attic", in: temporary, random: &random, into: &logs)
        try recordRandomEvents(3_000, ids: ids, machine: "desk", in: temporary, random: &random, into: &logs)
        #expect(store.readingState().states == sortedMerge(logs))
        try recordRandomEvents(50, ids: ids, machine: "desk", in: temporary, random: &random, into: &logs)
        #expect(store.readingState().states == sortedMerge(logs))

        // A damaged checkpoint is ignored.
        var saved = Array(try Data(contentsOf: URL(fileURLWithPath: checkpoint)))
        saved[saved.count / 2] ^= 0xFF
        try Data(saved).write(to: URL(fileURLWithPath: checkpoint))
        #expect(store.readingState().states == sortedMerge(logs))
    }

    @Test func aLogChangedUnderTheCheckpointIsFoldedAgainWhole() throws {
        let temporary = try TemporaryStore()
        var random = SplitMix64(seed: 11)
        var logs: [String: [StateEvent]] = [:]
        let ids = (0..<200).map { _ in StoryID(value: random.next()) }
        try recordRandomEvents(3_000, ids: ids, machine: "laptop", in: temporary, random: &random, into: &logs)
        let store = try temporary.open()
        #expect(store.readingState().states == sortedMerge(logs))
        // The log restored from an older backup, then written on: the same length, other events.
        let log = store.layout.stateLog(machine: "laptop")
        try Data().write(to: URL(fileURLWithPath: log))
        logs = [:]
        try recordRandomEvents(3_000, ids: ids, machine: "laptop", in: temporary, random: &random, into: &logs)
        #expect(store.readingState().states == sortedMerge(logs))
    }
}
