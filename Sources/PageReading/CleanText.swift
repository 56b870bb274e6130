/// Text from a page made fit to store and show: runs of white space (line breaks,
/// tabs, no-break and other Unicode spaces) become one space, and control characters
/// go, with the whole of any terminal escape sequence they start (`ESC [31m`,
/// `ESC ]0;title BEL`), so no debris such as `[31m` is left behind.
///
/// Every text node and metadata string of every page passes through here, so it
/// looks at scalars with plain comparisons rather than Unicode property lookups.
enum CleanText {
    static func folded(_ text: String) -> String {
        var text = text
        if text.withUTF8(isClean) { return text }
        return text.withUTF8 { bytes in
            // Folding never lengthens the text (a run of spaces becomes one, the rest is
            // copied or dropped), so the result is written straight into a string of the
            // input's size, without an intermediate array.
            String(unsafeUninitializedCapacity: bytes.count) { output in
                var written = 0
                var pendingSpace = false
                var index = 0
                func emitSpaceIfPending() {
                    if pendingSpace {
                        output[written] = 0x20
                        written += 1
                    }
                    pendingSpace = false
                }
                while index < bytes.count {
                    let byte = bytes[index]
                    if byte > 0x20 && byte < 0x7F {
                        // Printable ASCII, most of every page, goes straight across.
                        emitSpaceIfPending()
                        output[written] = byte
                        written += 1
                        index += 1
                        continue
                    }
                    let start = index
                    let value = scalar(at: &index, in: bytes)
                    if isSpace(value) {
                        pendingSpace = true
                    } else if value == 0x1B || value == 0x9B || value == 0x9D {
                        index = endOfSequence(introducedBy: value, in: bytes, from: index)
                    } else if value < 0x20 || (0x7F...0x9F).contains(value) || value == 0xFEFF || value == 0xAD {
                        continue
                    } else {
                        emitSpaceIfPending()
                        for offset in start..<index { output[written + offset - start] = bytes[offset] }
                        written += index - start
                    }
                }
                if pendingSpace {
                    output[written] = 0x20
                    written += 1
                }
                return written
            }
        }
    }

    /// Whether the text is already folded: single spaces between words and no character
    /// that needs care (a control, a special space, a soft hyphen, a byte-order mark).
    /// Most text nodes are, and are returned without copying; only the few lead bytes
    /// that can start such a character are decoded to look.
    private static func isClean(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previousSpace = true
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x20 {
                if previousSpace { return false }
                previousSpace = true
                index += 1
            } else if byte < 0x20 || byte == 0x7F {
                return false
            } else if byte == 0xC2 || (byte >= 0xE1 && byte <= 0xE3) || byte == 0xEF {
                let value = scalar(at: &index, in: bytes)
                if isSpace(value) || (0x80...0x9F).contains(value) || value == 0xFEFF || value == 0xAD { return false }
                previousSpace = false
            } else {
                previousSpace = false
                index += 1
            }
        }
        return !previousSpace || bytes.isEmpty
    }

    /// The scalar whose UTF-8 encoding starts at `index` (the bytes of a Swift string,
    /// so always well formed), moving `index` past it.
    private static func scalar(at index: inout Int, in bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let lead = UInt32(bytes[index])
        func continuation(_ offset: Int) -> UInt32 { UInt32(bytes[index + offset] & 0x3F) }
        let value: UInt32
        let length: Int
        switch lead {
        case ..<0x80: (value, length) = (lead, 1)
        case ..<0xE0: (value, length) = ((lead & 0x1F) << 6 | continuation(1), 2)
        case ..<0xF0: (value, length) = ((lead & 0x0F) << 12 | continuation(1) << 6 | continuation(2), 3)
        default: (value, length) = ((lead & 0x07) << 18 | continuation(1) << 12 | continuation(2) << 6 | continuation(3), 4)
        }
        index += length
        return value
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
    private static func endOfSequence(introducedBy introducer: UInt32, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        var kind = introducer
        if introducer == 0x1B {
            guard index < bytes.count else { return index }
            switch bytes[index] {
            case UInt8(ascii: "["): kind = 0x9B
            case UInt8(ascii: "]"), UInt8(ascii: "P"), UInt8(ascii: "X"), UInt8(ascii: "^"), UInt8(ascii: "_"): kind = 0x9D
            default:
                // A two-character escape such as ESC 7; a printable second character is dropped with it.
                return (0x20...0x7E).contains(bytes[index]) ? index + 1 : index
            }
            index += 1
        }
        if kind == 0x9B {
            // Parameters and final bytes are ASCII, so a byte that is not ends the sequence.
            while index < bytes.count, (0x20...0x3F).contains(bytes[index]) { index += 1 }
            if index < bytes.count, (0x40...0x7E).contains(bytes[index]) { index += 1 }
            return index
        }
        var scalars = 0
        while index < bytes.count, scalars < 4096 {
            let value = scalar(at: &index, in: bytes)
            scalars += 1
            if value == 0x07 || value == 0x9C { return index }
            if value == 0x1B { return index < bytes.count && bytes[index] == UInt8(ascii: "\\") ? index + 1 : index }
        }
        return index
    }
}
