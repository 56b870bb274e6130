import StoryKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Appends events to this machine's log with one write and one flush.
enum StateLogWriter {
    static func append(_ events: [StateEvent], to path: String) throws(StoreError) {
        try FileSystem.append(Array(events.map(\.line).joined().utf8), to: path)
    }
}
