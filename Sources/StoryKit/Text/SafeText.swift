/// Makes untrusted story text safe to print on a terminal.
///
/// The parser already drops control characters, but story files can be edited
/// and synced from anywhere, so everything that prints story text passes it
/// through here: C0 and C1 controls and DEL become the visible Control
/// Pictures (␛ for ESC), and bidirectional overrides and isolates, which could
/// make text display in an order other than the one stored, become `�`.
public enum SafeText {
    public static func sanitised(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsReplacement) else { return text }
        var output = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            output.append(contentsOf: replacement(for: scalar))
        }
        return String(output)
    }

    public static func needsReplacement(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: true
        default: false
        }
    }

    static func replacement(for scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        switch scalar.value {
        case 0x00...0x1F: [Unicode.Scalar(0x2400 + scalar.value)!]
        case 0x7F: ["\u{2421}"]
        case 0x80...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: ["\u{FFFD}"]
        default: [scalar]
        }
    }
}
