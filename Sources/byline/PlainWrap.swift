/// Word wrapping for plain command-line output, counting East Asian wide
/// characters and emoji as two columns and combining marks as none.
enum PlainWrap {
    static func wrap(_ text: String, width: Int, indent: Int = 0) -> [String] {
        var lines: [String] = []
        var current = ""
        var used = 0
        let pad = String(repeating: " ", count: indent)
        for word in text.split(separator: " ") {
            let wordWidth = columns(word)
            if used > 0 && used + 1 + wordWidth > width {
                lines.append(current)
                current = pad
                used = indent
            }
            if used > (lines.isEmpty ? 0 : indent) { current += " "; used += 1 }
            current += word
            used += wordWidth
            // A word wider than the line is cut at character boundaries.
            while used > width, current.count > 1 {
                var head = ""
                var headWidth = 0
                for character in current {
                    let w = columns(Substring(String(character)))
                    if headWidth + w > width { break }
                    head.append(character)
                    headWidth += w
                }
                guard !head.isEmpty else { break }
                lines.append(head)
                current = pad + current.dropFirst(head.count)
                used = columns(Substring(current))
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }

    static func columns(_ text: Substring) -> Int {
        text.reduce(0) { total, character in
            guard let scalar = character.unicodeScalars.first else { return total }
            if character.unicodeScalars.count > 1 && character.unicodeScalars.contains(where: { $0.properties.isEmojiPresentation }) { return total + 2 }
            return total + (isWide(scalar) ? 2 : 1)
        }
    }

    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD: true
        default: scalar.properties.isEmojiPresentation
        }
    }
}
