/// Text from a page made fit to store and show: runs of white space (line breaks,
/// tabs, no-break and other Unicode spaces) become one space, and control characters
/// go, with the whole of any terminal escape sequence they start (`ESC [31m`,
/// `ESC ]0;title BEL`), so no debris such as `[31m` is left behind.
///
/// Every text node and metadata string of every page passes through here, so it
/// looks at scalars with plain comparisons rather than Unicode property lookups.
enum CleanText {
    static func folded(_ text: String) -> String {
        if isClean(text) { return text }
        let scalars = Array(text.unicodeScalars)
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            let value = scalar.value
            index += 1
            if isSpace(value) {
                pendingSpace = true
            } else if value == 0x1B || value == 0x9B || value == 0x9D {
                index = endOfSequence(introducedBy: value, in: scalars, from: index)
            } else if value < 0x20 || (0x7F...0x9F).contains(value) || value == 0xFEFF || value == 0xAD {
                continue
            } else {
                if pendingSpace { result.append(0x20) }
                pendingSpace = false
                if value < 0x80 { result.append(UInt8(value)) } else { result.append(contentsOf: UTF8.encode(scalar)!) }
            }
        }
        if pendingSpace { result.append(0x20) }
        return String(decoding: result, as: UTF8.self)
    }

    /// Whether the text is already folded: printable ASCII with single spaces between
    /// words, or other characters that need no care. Most text nodes are, and are
    /// returned without copying.
    private static func isClean(_ text: String) -> Bool {
        var previousSpace = true
        for byte in text.utf8 {
            if byte == 0x20 {
                if previousSpace { return false }
                previousSpace = true
            } else if byte < 0x20 || byte == 0x7F || byte >= 0xC2 && byte <= 0xE3 || byte == 0xEF {
                // Controls, and the lead bytes of no-break and other special spaces, C1 controls
                // and the byte-order mark, need the full pass.
                return false
            } else {
                previousSpace = false
            }
        }
        return !previousSpace || text.isEmpty
    }

    /// Characters other than white space: a measure of text that does not depend on
    /// indentation (counted on UTF-8 lead bytes; a rare Unicode space counts as a character).
    static func visibleLength(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var length = 0
            for byte in bytes where byte & 0xC0 != 0x80 && byte != 0x20 && (byte < 0x09 || byte > 0x0D) { length += 1 }
            return length
        }
    }

    static func isSpace(_ value: UInt32) -> Bool {
        if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
        switch value {
        case 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// Where the text resumes after an escape: past the parameters and final byte of a
    /// CSI sequence (stopping at the first character that cannot belong to one), past
    /// the text of an OSC or other string sequence (up to BEL or ESC \\), or past the one
    /// character of a short escape.
    private static func endOfSequence(introducedBy introducer: UInt32, in scalars: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        var kind = introducer
        if introducer == 0x1B {
            guard index < scalars.count else { return index }
            switch scalars[index] {
            case "[": kind = 0x9B
            case "]", "P", "X", "^", "_": kind = 0x9D
            default:
                // A two-character escape such as ESC 7; a printable second character is dropped with it.
                return (0x20...0x7E).contains(scalars[index].value) ? index + 1 : index
            }
            index += 1
        }
        if kind == 0x9B {
            while index < scalars.count, (0x20...0x3F).contains(scalars[index].value) { index += 1 }
            if index < scalars.count, (0x40...0x7E).contains(scalars[index].value) { index += 1 }
            return index
        }
        let limit = min(scalars.count, index + 4096)
        while index < limit {
            let value = scalars[index].value
            index += 1
            if value == 0x07 || value == 0x9C { return index }
            if value == 0x1B { return index < scalars.count && scalars[index] == "\\" ? index + 1 : index }
        }
        return index
    }
}
