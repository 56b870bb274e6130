/// Why a query cannot be read, and where: shown as one line under the search field.
public struct QueryError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Character offset (from 0) in the query where the problem starts.
    public let position: Int
    public let reason: String

    public init(position: Int, reason: String) {
        self.position = position
        self.reason = reason
    }

    /// "at 7: a quote is not closed".
    public var description: String { "at \(position + 1): \(reason)" }
}
