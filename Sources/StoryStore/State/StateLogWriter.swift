import StoryKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
