#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import StoryKit

/// One change of state, as written to a machine's log.
public struct StateEvent: Hashable, Sendable {
    /// Unix milliseconds.
    public var time: Int64
    public var change: StateChange

    public init(time: Int64, change: StateChange) {
        self.time = time
        self.change = change
    }

    /// `TIME CHANGE ID [VALUE]`, one event a line.
    var line: String {
        let id = change.id
        return switch change.kind {
        case .read: "\(time) read \(id)\n"
        case .unread: "\(time) unread \(id)\n"
        case .star: "\(time) star \(id)\n"
        case .unstar: "\(time) unstar \(id)\n"
        case .position(let line): "\(time) position \(id) \(line)\n"
        }
    }

    init?(line: Substring) {
        let fields = line.split(separator: " ")
        guard fields.count >= 3, let time = Int64(fields[0]), let id = StoryID(hex: fields[2]) else { return nil }
        let kind: StateChange.Kind
        switch (fields[1], fields.count) {
        case ("read", 3): kind = .read
        case ("unread", 3): kind = .unread
        case ("star", 3): kind = .star
        case ("unstar", 3): kind = .unstar
        case ("position", 4):
            guard let value = Int(fields[3]), value >= 0 else { return nil }
            kind = .position(value)
        default: return nil
        }
        self.time = time
        self.change = StateChange(id: id, kind: kind)
    }
}

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

/// Appends events to this machine's log with one write and one flush.
enum StateLogWriter {
    static func append(_ events: [StateEvent], to path: String) throws(StoreError) {
        guard !events.isEmpty else { return }
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .system("write", path) }
        defer { close(descriptor) }
        let bytes = Array(events.map(\.line).joined().utf8)
        let wrote = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        guard wrote == bytes.count else { throw .system("write", path, wrote < 0 ? errno : ENOSPC) }
        guard fsync(descriptor) == 0 else { throw .system("flush", path) }
    }
}

/// This machine's name for its state log: `BYLINE_MACHINE`, else the machine id, else the host name.
public enum MachineName {
    public static func current(environment: [String: String]) -> String {
        if let name = environment["BYLINE_MACHINE"], !name.isEmpty { return sanitised(name) }
        if let bytes = try? FileSystem.readFile("/etc/machine-id") {
            let id = String(decoding: bytes, as: UTF8.self).filter(\.isHexDigit)
            if id.count >= 12 { return String(id.prefix(12)) }
        }
        var buffer = [CChar](repeating: 0, count: 256)
        if gethostname(&buffer, buffer.count) == 0 {
            let name = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if !name.isEmpty { return sanitised(name) }
        }
        return "machine"
    }

    static func sanitised(_ name: String) -> String {
        String(name.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." ? $0 : "_" }.prefix(64))
    }
}
