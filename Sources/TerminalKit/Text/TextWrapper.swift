/// Word wrapping by display width: breaks at spaces, after wide (CJK) characters,
/// and inside a word only when the word alone is wider than the line; never
/// inside a grapheme or a wide character.
public enum TextWrapper {
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        // Where the current line may be broken: after this index, the rest moves down.
        var breakIndex: String.Index?
        var widthAtBreak = 0
        for character in text {
            let characterWidth = DisplayWidth.of(character)
            if character == " " {
                if lineWidth == 0 { continue }
                if lineWidth + 1 > width {
                    lines.append(line)
                    line = ""
                    lineWidth = 0
                    breakIndex = nil
                    continue
                }
                line.append(" ")
                lineWidth += 1
                breakIndex = line.endIndex
                widthAtBreak = lineWidth
                continue
            }
            if lineWidth + characterWidth > width {
                if let index = breakIndex, index > line.startIndex {
                    let rest = String(line[index...])
                    lines.append(trimmingTrailingSpaces(String(line[..<index])))
                    line = rest
                    lineWidth -= widthAtBreak
                } else {
                    lines.append(line)
                    line = ""
                    lineWidth = 0
                }
                breakIndex = nil
                if lineWidth + characterWidth > width && !line.isEmpty {
                    lines.append(line)
                    line = ""
                    lineWidth = 0
                }
            }
            line.append(character)
            lineWidth += characterWidth
            if characterWidth == 2 {
                breakIndex = line.endIndex
                widthAtBreak = lineWidth
            }
        }
        if !line.isEmpty { lines.append(trimmingTrailingSpaces(line)) }
        return lines.isEmpty ? [""] : lines
    }

    /// Cuts text to `width` columns, ending with `…` when anything was cut.
    public static func truncate(_ text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(text) <= width { return text }
        var result = ""
        var used = 0
        for character in text {
            let characterWidth = DisplayWidth.of(character)
            if used + characterWidth > width - 1 { break }
            result.append(character)
            used += characterWidth
        }
        return result + "…"
    }

    /// Pads with spaces to exactly `width` columns (cutting with `…` when longer).
    public static func fit(_ text: String, width: Int) -> String {
        let cut = truncate(text, width: width)
        return cut + String(repeating: " ", count: max(0, width - DisplayWidth.of(cut)))
    }

    private static func trimmingTrailingSpaces(_ text: String) -> String {
        var copy = text
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
