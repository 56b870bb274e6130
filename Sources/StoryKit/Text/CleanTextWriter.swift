/// The state of one scan: a read position in the page and a write position in the cleaned text.
struct CleanTextWriter {
    let source: UnsafeBufferPointer<UInt8>
    let target: UnsafeMutableBufferPointer<UInt8>
    var index = 0
    var written = 0
    var lineStart = 0
    var pendingSpace = false
    var lineRanges: [Range<Int>] = []
    var windows1252Bytes = 0
    var removedControls = 0

    init(source: UnsafeBufferPointer<UInt8>, target: UnsafeMutableBufferPointer<UInt8>) {
        self.source = source
        self.target = target
        lineRanges.reserveCapacity(source.count / 48 + 1)
    }

    mutating func run() {
        let count = source.count
        if count >= 3 && source[0] == 0xEF && source[1] == 0xBB && source[2] == 0xBF { index = 3 }
        while index < count {
            let byte = source[index]
            if byte > 0x20 && byte < 0x7F {
                if pendingSpace { target[written] = 0x20; written += 1; pendingSpace = false }
                target[written] = byte
                written += 1
                index += 1
                continue
            }
            switch byte {
            case 0x20, 0x09, 0x0B, 0x0C:
                markSpace()
                index += 1
            case 0x0A:
                endLine()
                index += 1
            case 0x0D:
                endLine()
                index += 1
                if index < count && source[index] == 0x0A { index += 1 }
            case 0x1B:
                index += 1
                skipEscapeSequence()
                removedControls += 1
            case 0x00..<0x20, 0x7F:
                removedControls += 1
                index += 1
            default:
                scanNonASCII(byte)
            }
        }
        endLine()
        // A final newline does not open a real line.
        if let last = lineRanges.last, last.isEmpty, count > 0, source[count - 1] == 0x0A || source[count - 1] == 0x0D {
            lineRanges.removeLast()
        }
    }

    private mutating func scanNonASCII(_ lead: UInt8) {
        if let (scalar, length) = decodeUTF8(at: index) {
            index += length
            handle(scalar: scalar, utf8Length: length, from: index - length)
        } else {
            index += 1
            windows1252Bytes += 1
            if let scalar = windows1252Scalar(lead) {
                handle(scalar: scalar, utf8Length: 0, from: 0)
            } else {
                removedControls += 1
            }
        }
    }

    /// `utf8Length` 0 means the scalar did not come from the input as UTF-8 and must be encoded.
    private mutating func handle(scalar: UInt32, utf8Length: Int, from start: Int) {
        switch scalar {
        case 0x9B:
            skipCSIParameters()
            removedControls += 1
        case 0x90, 0x98, 0x9D, 0x9E, 0x9F:
            skipControlString()
            removedControls += 1
        case 0x80...0x9F, 0xFEFF:
            removedControls += 1
        case 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
            markSpace()
        case 0x2028, 0x2029:
            endLine()
        default:
            if pendingSpace { target[written] = 0x20; written += 1; pendingSpace = false }
            if utf8Length > 0 {
                for offset in 0..<utf8Length { target[written + offset] = source[start + offset] }
                written += utf8Length
            } else {
                appendUTF8(scalar)
            }
        }
    }

    @inline(__always)
    private mutating func markSpace() {
        if written > lineStart { pendingSpace = true }
    }

    private mutating func endLine() {
        lineRanges.append(lineStart..<written)
        lineStart = written
        pendingSpace = false
    }

    // MARK: Escape sequences

    /// Called with `index` just past ESC.
    private mutating func skipEscapeSequence() {
        guard index < source.count else { return }
        switch source[index] {
        case UInt8(ascii: "["):
            index += 1
            skipCSIParameters()
        case UInt8(ascii: "]"), UInt8(ascii: "P"), UInt8(ascii: "X"), UInt8(ascii: "^"), UInt8(ascii: "_"):
            index += 1
            skipControlString()
        case 0x20...0x2F:
            while index < source.count, (0x20...0x2F).contains(source[index]) { index += 1 }
            if index < source.count, (0x30...0x7E).contains(source[index]) { index += 1 }
        case 0x30...0x7E:
            index += 1
        default:
            break
        }
    }

    private mutating func skipCSIParameters() {
        while index < source.count, (0x20...0x3F).contains(source[index]) { index += 1 }
        if index < source.count, (0x40...0x7E).contains(source[index]) { index += 1 }
    }

    /// Skips an OSC/DCS-style string up to its terminator (BEL or ST), stopping at a line end.
    private mutating func skipControlString() {
        while index < source.count {
            let byte = source[index]
            if byte == 0x07 { index += 1; return }
            if byte == 0x0A || byte == 0x0D { return }
            if byte == 0x1B {
                index += index + 1 < source.count && source[index + 1] == UInt8(ascii: "\\") ? 2 : 1
                return
            }
            if byte == 0xC2, index + 1 < source.count, source[index + 1] == 0x9C { index += 2; return }
            index += 1
        }
    }

    // MARK: Decoding

    private func decodeUTF8(at position: Int) -> (UInt32, Int)? {
        let lead = source[position]
        let length: Int
        var scalar: UInt32
        switch lead {
        case 0xC2...0xDF: length = 2; scalar = UInt32(lead & 0x1F)
        case 0xE0...0xEF: length = 3; scalar = UInt32(lead & 0x0F)
        case 0xF0...0xF4: length = 4; scalar = UInt32(lead & 0x07)
        default: return nil
        }
        guard position + length <= source.count else { return nil }
        for offset in 1..<length {
            let byte = source[position + offset]
            guard byte & 0xC0 == 0x80 else { return nil }
            scalar = scalar << 6 | UInt32(byte & 0x3F)
        }
        // Reject overlong forms, surrogates and values past U+10FFFF.
        switch length {
        case 3 where scalar < 0x800 || (0xD800...0xDFFF).contains(scalar): return nil
        case 4 where scalar < 0x10000 || scalar > 0x10FFFF: return nil
        default: break
        }
        return (scalar, length)
    }

    private mutating func appendUTF8(_ scalar: UInt32) {
        func put(_ byte: UInt32) { target[written] = UInt8(truncatingIfNeeded: byte); written += 1 }
        switch scalar {
        case ..<0x80:
            put(scalar)
        case ..<0x800:
            put(0xC0 | scalar >> 6); put(0x80 | scalar & 0x3F)
        case ..<0x10000:
            put(0xE0 | scalar >> 12); put(0x80 | scalar >> 6 & 0x3F); put(0x80 | scalar & 0x3F)
        default:
            put(0xF0 | scalar >> 18); put(0x80 | scalar >> 12 & 0x3F); put(0x80 | scalar >> 6 & 0x3F); put(0x80 | scalar & 0x3F)
        }
    }
}
