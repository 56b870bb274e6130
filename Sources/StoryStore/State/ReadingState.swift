import StoryKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Read and star state, merged from every machine's append-only log.
///
/// Each machine appends only to its own `state/MACHINE.log`, so a file syncer
/// never sees two writers of one file; reading merges all logs by time, the
/// later change winning. A torn last line (a crash mid-append) is skipped.
public struct ReadingState: Sendable {
    public private(set) var states: [StoryID: StoryState] = [:]

    public init() {}

    public subscript(id: StoryID) -> StoryState {
        states[id] ?? StoryState()
    }

    /// Applies events in the order given.
    public mutating func apply(_ event: StateEvent) {
        states[event.change.id, default: StoryState()].apply(event.change.kind)
    }

    init(states: [StoryID: StoryState]) {
        self.states = states
    }

    /// Merges the logs in the store's `state/` folder: the later change wins, by time,
    /// ties by machine name then log order (`StateFold`). This machine's checkpoint
    /// (`StateCheckpoint`) holds the fold up to where it was written, so only what the
    /// logs gained since is read; when that is much, a new checkpoint is written.
    static func load(_ layout: StoreLayout) -> ReadingState {
        let folder = layout.stateFolder
        let names = (FileSystem.list(folder) ?? []).filter { $0.hasSuffix(".log") }.sorted()
        let checkpointFile = layout.stateCheckpointFile
        var saved = StateCheckpoint.load(checkpointFile, logsNow: names)

        // Each log is read from a little before where the checkpoint left it, to see that
        // the bytes there are still the ones it folded.
        var tails: [String: (from: Int, bytes: [UInt8])] = [:]
        for name in names {
            let mark = saved?.logs.first { $0.name == name }
            let from = max(0, (mark?.length ?? 0) - StateCheckpoint.tailLength)
            guard let bytes = FileSystem.readFile(folder + "/" + name, from: from) else { continue }
            if let mark, from + bytes.count < mark.length || StateCheckpoint.tailHash(bytes[..<(mark.length - from)]) != mark.tailHash {
                saved = nil
            }
            tails[name] = (from, bytes)
        }
        if saved != nil && saved!.logs.contains(where: { tails[$0.name] == nil }) { saved = nil }

        var fold = saved?.fold ?? StateFold()
        var marks: [StateCheckpoint.LogMark] = []
        var gained = 0
        for (machine, name) in names.enumerated() {
            let mark = saved?.logs.first { $0.name == name }
            // Without a usable checkpoint, every log is read whole.
            let start = mark?.length ?? 0
            var (from, bytes) = tails[name] ?? (0, [])
            if start < from, let whole = FileSystem.readFile(folder + "/" + name, from: 0) { (from, bytes) = (0, whole) }
            guard start >= from else { continue }
            let folded = fold.fold(log: bytes[(start - from)...], machine: Int32(machine), firstLine: mark?.lines ?? 0)
            gained += folded.length
            let end = start + folded.length
            let tailStart = max(from, end - StateCheckpoint.tailLength)
            marks.append(
                StateCheckpoint.LogMark(
                    name: name, length: end, lines: folded.lines,
                    tailHash: StateCheckpoint.tailHash(bytes[(tailStart - from)..<(end - from)])))
        }
        if gained >= checkpointEvery {
            let checkpoint = StateCheckpoint(logs: marks, fold: fold)
            try? FileSystem.createDirectory(layout.localFolder)
            try? FileSystem.writeAtomically(checkpointFile, checkpoint.encoded(), temporaryFolder: layout.temporaryFolder, sync: false)
        }
        return ReadingState(states: fold.states)
    }

    /// How many bytes of events a start reads past the checkpoint before it writes a new one.
    static let checkpointEvery = 64 << 10
}
