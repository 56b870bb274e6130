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
        guard let event = Array(line.utf8).withUnsafeBufferPointer({ Self(utf8: $0) }) else { return nil }
        self = event
    }

    /// Reads `TIME CHANGE ID [VALUE]` from a line's bytes (without its newline): the logs
    /// of years of reading hold millions of lines, so this works on bytes, not strings.
    init?(utf8 line: UnsafeBufferPointer<UInt8>) {
        var index = 0
        func number() -> Int64? {
            let start = index
            var value: Int64 = 0
            while index < line.count, line[index] >= 0x30, line[index] <= 0x39 {
                let (shifted, overflow) = value.multipliedReportingOverflow(by: 10)
                guard !overflow else { return nil }
                value = shifted + Int64(line[index] - 0x30)
                index += 1
            }
            return index > start && index - start <= 18 ? value : nil
        }
        func space() -> Bool {
            guard index < line.count, line[index] == 0x20 else { return false }
            while index < line.count, line[index] == 0x20 { index += 1 }
            return true
        }
        guard let time = number(), space() else { return nil }
        let wordStart = index
        while index < line.count, line[index] != 0x20 { index += 1 }
        let word = UnsafeBufferPointer(rebasing: line[wordStart..<index])
        guard space(), line.count - index >= 16 else { return nil }
        var value: UInt64 = 0
        for byte in line[index..<(index + 16)] {
            let digit: UInt8
            switch byte {
            case 0x30...0x39: digit = byte - 0x30
            case 0x61...0x66: digit = byte - 0x61 + 10
            case 0x41...0x46: digit = byte - 0x41 + 10
            default: return nil
            }
            value = value << 4 | UInt64(digit)
        }
        index += 16
        let id = StoryID(value: value)
        let kind: StateChange.Kind
        if Self.word(word, is: "position") {
            guard space(), let position = number(), position <= Int64(Int32.max) else { return nil }
            kind = .position(Int(position))
        } else if Self.word(word, is: "read") {
            kind = .read
        } else if Self.word(word, is: "unread") {
            kind = .unread
        } else if Self.word(word, is: "star") {
            kind = .star
        } else if Self.word(word, is: "unstar") {
            kind = .unstar
        } else {
            return nil
        }
        while index < line.count, line[index] == 0x20 { index += 1 }
        guard index == line.count else { return nil }
        self.time = time
        self.change = StateChange(id: id, kind: kind)
    }

    private static func word(_ bytes: UnsafeBufferPointer<UInt8>, is name: StaticString) -> Bool {
        guard let start = bytes.baseAddress, bytes.count == name.utf8CodeUnitCount else { return false }
        return memcmp(start, name.utf8Start, bytes.count) == 0
    }
}
