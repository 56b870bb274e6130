import StoryKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Every machine's events folded into one state per story, without sorting them.
///
/// Merging the logs means applying all their events in order of (time, machine, line)
/// and keeping the result. Each change sets one field of a story's state (read, starred,
/// position) whatever it was, so that result is, field by field, the value of the latest
/// event that set it: the fold keeps each field's value with the key of the event that
/// set it, and an event only wins over a field with an earlier key. One pass, in any
/// order, gives what sorting every event would.
struct StateFold {
    /// Where an event falls in the merged order.
    struct EventKey: Comparable {
        var time: Int64
        /// The log's place among the logs sorted by name.
        var machine: Int32
        /// The line's place in its log.
        var line: Int32

        static let never = EventKey(time: .min, machine: -1, line: -1)

        static func < (lhs: EventKey, rhs: EventKey) -> Bool {
            (lhs.time, lhs.machine, lhs.line) < (rhs.time, rhs.machine, rhs.line)
        }
    }

    private struct Folded {
        var state = StoryState()
        var read = EventKey.never
        var starred = EventKey.never
        var position = EventKey.never

        mutating func apply(_ change: StateChange.Kind, at key: EventKey) {
            switch change {
            case .read, .unread:
                guard key > read else { return }
                read = key
            case .star, .unstar:
                guard key > starred else { return }
                starred = key
            case .position:
                guard key > position else { return }
                position = key
            }
            state.apply(change)
        }
    }

    private var ids: [StoryID] = []
    private var folded: [Folded] = []
    private var positions = StoryPositions()

    mutating func apply(_ change: StateChange, at key: EventKey) {
        if let position = positions.insertIfAbsent(change.id, at: Int32(folded.count)) {
            folded[Int(position)].apply(change.kind, at: key)
        } else {
            var fresh = Folded()
            fresh.apply(change.kind, at: key)
            folded.append(fresh)
            ids.append(change.id)
        }
    }

    /// Folds one log's bytes, numbering its lines from `firstLine`: complete lines only (a
    /// line without its newline was cut short by a crash, or is still being written), lines
    /// that do not read as an event skipped. Returns how many bytes and lines it folded.
    @discardableResult
    mutating func fold(log bytes: ArraySlice<UInt8>, machine: Int32, firstLine: Int32 = 0) -> (length: Int, lines: Int32) {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return (0, firstLine) }
            var start = 0
            var line = firstLine
            while start < buffer.count, let newline = memchr(base + start, 0x0A, buffer.count - start) {
                let end = base.distance(to: newline.assumingMemoryBound(to: UInt8.self))
                if end > start {
                    if let event = StateEvent(utf8: UnsafeBufferPointer(rebasing: buffer[start..<end])) {
                        apply(event.change, at: EventKey(time: event.time, machine: machine, line: line))
                    }
                    line &+= 1
                }
                start = end + 1
            }
            return (start, line)
        }
    }

    var states: [StoryID: StoryState] {
        var states: [StoryID: StoryState] = [:]
        states.reserveCapacity(ids.count)
        for (id, entry) in zip(ids, folded) { states[id] = entry.state }
        return states
    }

    // MARK: Keeping a fold (`StateCheckpoint`)

    /// 8 bytes of id, a byte of flags, 4 of position, then three keys of 16 bytes.
    static let entryLength = 61

    func encode(into writer: inout ByteWriter) {
        writer.put(UInt32(ids.count))
        for (id, entry) in zip(ids, folded) {
            writer.put(id.value)
            writer.put(UInt8((entry.state.isRead ? 1 : 0) | (entry.state.isStarred ? 2 : 0)))
            writer.put(UInt32(clamping: entry.state.position))
            for key in [entry.read, entry.starred, entry.position] {
                writer.put(key.time)
                writer.put(key.machine)
                writer.put(key.line)
            }
        }
    }

    /// The fold `encode` wrote, each key's log renumbered by `machines` (a log's place in
    /// the checkpoint to its place now); nil when the bytes do not hold one.
    static func decode(_ reader: inout ByteReader, machines: [Int32]) -> StateFold? {
        guard let count = reader.read(UInt32.self), reader.remaining >= Int(count) * entryLength else { return nil }
        var fold = StateFold()
        fold.ids.reserveCapacity(Int(count))
        fold.folded.reserveCapacity(Int(count))
        func key() -> EventKey? {
            guard let time = reader.read(Int64.self), let machine = reader.read(Int32.self), let line = reader.read(Int32.self) else { return nil }
            if machine == -1 { return .never }
            guard machine >= 0, Int(machine) < machines.count else { return nil }
            return EventKey(time: time, machine: machines[Int(machine)], line: line)
        }
        for _ in 0..<count {
            guard let id = reader.read(UInt64.self), let flags = reader.read(UInt8.self), let position = reader.read(UInt32.self),
                let read = key(), let starred = key(), let positionKey = key()
            else { return nil }
            var entry = Folded()
            entry.state = StoryState(isRead: flags & 1 != 0, isStarred: flags & 2 != 0, position: Int(position))
            entry.read = read
            entry.starred = starred
            entry.position = positionKey
            guard fold.positions.insertIfAbsent(StoryID(value: id), at: Int32(fold.folded.count)) == nil else { return nil }
            fold.ids.append(StoryID(value: id))
            fold.folded.append(entry)
        }
        return fold
    }
}
