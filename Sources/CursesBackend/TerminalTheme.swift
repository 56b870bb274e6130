/// The colour schemes. Every style also carries attributes (bold, dim, reverse,
/// underline), so `mono` and terminals without colour still read well.
public enum TerminalTheme: Sendable {
    case dark, light, mono
}
