import CFileSync
import StoryKit
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a store operation failed, phrased for a person: what, where, why.
public struct StoreError: Error, Hashable, Sendable, CustomStringConvertible {
    public let message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }

    static func system(_ action: String, _ path: String, _ code: Int32 = errno) -> StoreError {
        StoreError("cannot \(action) \(path): \(FileSystem.reason(for: code))")
    }
}
