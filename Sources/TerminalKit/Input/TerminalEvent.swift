/// Something the terminal reported.
public enum TerminalEvent: Hashable, Sendable {
    case key(Key)
    case mouse(MouseEvent)
    case resize(width: Int, height: Int)
    /// Nothing happened before the timeout.
    case tick
}
