/// What the configuration says about handing stories to other tools.
public struct HandoffPreferences: Hashable, Sendable {
    /// The command `|` offers, ready to run or to change (`pipe = "…"`).
    public var pipeCommand: String
    /// Whether `y` may set the clipboard through the terminal (OSC 52, `clipboard = true`):
    /// off unless asked for, since a terminal that allows it lets any program write there.
    public var clipboard: Bool

    public init(pipeCommand: String = "", clipboard: Bool = false) {
        self.pipeCommand = pipeCommand
        self.clipboard = clipboard
    }
}
