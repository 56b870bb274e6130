/// Turns a character a terminal sends into a key: the C0 controls a terminal uses for
/// Tab, Enter, Esc, Backspace and Ctrl-letter, and any other character as itself.
public enum KeyDecoder {
    public static func key(forCharacter value: UInt32) -> Key {
        switch value {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .control(Character(Unicode.Scalar(value + 0x60)!))
        default: return Unicode.Scalar(value).map { .character(Character($0)) } ?? .escape
        }
    }
}
