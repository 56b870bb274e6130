/// Why the inbox cannot watch a folder, in one line.
public struct InboxError: Error, Sendable, CustomStringConvertible {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}
