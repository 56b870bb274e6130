import StoryKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
