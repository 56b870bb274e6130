/// Why the terminal could not be used, for a one-line message.
public struct TerminalError: Error, CustomStringConvertible {
    public let description: String
}
