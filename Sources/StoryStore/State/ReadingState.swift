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

    /// Merges the logs in `folder`: events sorted by time, ties by machine name then log order.
    static func load(folder: String) -> ReadingState {
        var events: [(event: StateEvent, machine: String, order: Int)] = []
        for name in (FileSystem.list(folder) ?? []).sorted() where name.hasSuffix(".log") {
            guard let bytes = try? FileSystem.readFile(folder + "/" + name) else { continue }
            let text = String(decoding: bytes, as: UTF8.self)
            // Only complete lines count: a line without its newline was cut short.
            let complete = text.hasSuffix("\n") ? text[...] : text[..<(text.lastIndex(of: "\n") ?? text.startIndex)]
            for (order, line) in complete.split(separator: "\n").enumerated() {
                if let event = StateEvent(line: line) { events.append((event, name, order)) }
            }
        }
        events.sort { ($0.event.time, $0.machine, $0.order) < ($1.event.time, $1.machine, $1.order) }
        var state = ReadingState()
        for entry in events { state.apply(entry.event) }
        return state
    }
}
