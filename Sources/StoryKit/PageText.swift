/// A page's text after decoding and cleaning: valid UTF-8, one entry per input line.
///
/// Every line is trimmed and its runs of white space (tabs, non-breaking and
/// other Unicode spaces) are folded into one ASCII space, so the structural
/// rules of the parser never have to think about white space again.
struct PageText {
    /// All lines' bytes, back to back.
    var storage: [UInt8] = []
    /// Where each line sits in `storage`; an empty range is a blank line.
    var lineRanges: [Range<Int>] = []
    /// Bytes that were not valid UTF-8 and were read as Windows-1252 instead.
    var windows1252Bytes = 0
    /// Control characters and escape sequences that were dropped.
    var removedControls = 0

    var lineCount: Int { lineRanges.count }

    func line(_ index: Int) -> Line {
        Line(bytes: storage[lineRanges[index]])
    }
}

/// One cleaned line of a page.
struct Line {
    let bytes: ArraySlice<UInt8>

    var isBlank: Bool { bytes.isEmpty }
    var count: Int { bytes.count }
    var text: String { String(decoding: bytes, as: UTF8.self) }
}

/// Decodes and cleans a page's bytes in a single linear pass.
///
/// Valid UTF-8 sequences are kept; any byte that does not start a valid
/// sequence is read as Windows-1252 (a superset of Latin-1 for printable
/// text), so a page that mixes encodings loses nothing readable. Control
/// characters are removed; escape sequences (CSI, OSC and the other string
/// sequences, two-byte escapes) are removed whole so that no `[31m` debris
/// is left behind.
struct PageTextScanner {
    private let input: [UInt8]
    private var index = 0
    private var page = PageText()
    private var lineStart = 0
    private var pendingSpace = false

    private init(input: [UInt8]) {
        self.input = input
        page.storage.reserveCapacity(input.count)
        page.lineRanges.reserveCapacity(input.count / 48 + 1)
    }

    static func scan(_ input: [UInt8]) -> PageText {
        var scanner = PageTextScanner(input: input)
        scanner.run()
        return scanner.page
    }

    private mutating func run() {
        if input.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        let count = input.count
        while index < count {
            let byte = input[index]
            if byte >= 0x21 && byte < 0x7F {
                emitASCII(byte)
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
                if index < count && input[index] == 0x0A { index += 1 }
            case 0x1B:
                index += 1
                skipEscapeSequence()
                page.removedControls += 1
            case 0x00..<0x20, 0x7F:
                page.removedControls += 1
                index += 1
            default:
                scanNonASCII(byte)
            }
        }
        endLine()
        // A final newline does not open a real line.
        if let last = page.lineRanges.last, last.isEmpty, input.last == 0x0A || input.last == 0x0D {
            page.lineRanges.removeLast()
        }
    }

    private mutating func scanNonASCII(_ lead: UInt8) {
        if let (scalar, length) = decodeUTF8(at: index) {
            index += length
            handle(scalar: scalar, utf8Length: length, from: index - length)
        } else {
            index += 1
            page.windows1252Bytes += 1
            if let scalar = windows1252Scalar(lead) {
                handle(scalar: scalar, utf8Length: 0, from: 0)
            } else {
                page.removedControls += 1
            }
        }
    }

    /// `utf8Length` 0 means the scalar did not come from the input as UTF-8 and must be encoded.
    private mutating func handle(scalar: UInt32, utf8Length: Int, from start: Int) {
        switch scalar {
        case 0x9B:
            skipCSIParameters()
            page.removedControls += 1
        case 0x90, 0x98, 0x9D, 0x9E, 0x9F:
            skipControlString()
            page.removedControls += 1
        case 0x80...0x9F, 0xFEFF:
            page.removedControls += 1
        case 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
            markSpace()
        case 0x2028, 0x2029:
            endLine()
        default:
            if pendingSpace { page.storage.append(0x20); pendingSpace = false }
            if utf8Length > 0 {
                page.storage.append(contentsOf: input[start..<(start + utf8Length)])
            } else {
                appendUTF8(scalar)
            }
        }
    }

    @inline(__always)
    private mutating func emitASCII(_ byte: UInt8) {
        if pendingSpace { page.storage.append(0x20); pendingSpace = false }
        page.storage.append(byte)
    }

    @inline(__always)
    private mutating func markSpace() {
        if page.storage.count > lineStart { pendingSpace = true }
    }

    private mutating func endLine() {
        page.lineRanges.append(lineStart..<page.storage.count)
        lineStart = page.storage.count
        pendingSpace = false
    }

    // MARK: Escape sequences

    /// Called with `index` just past ESC.
    private mutating func skipEscapeSequence() {
        guard index < input.count else { return }
        let next = input[index]
        switch next {
        case UInt8(ascii: "["):
            index += 1
            skipCSIParameters()
        case UInt8(ascii: "]"), UInt8(ascii: "P"), UInt8(ascii: "X"), UInt8(ascii: "^"), UInt8(ascii: "_"):
            index += 1
            skipControlString()
        case 0x20...0x2F:
            while index < input.count, (0x20...0x2F).contains(input[index]) { index += 1 }
            if index < input.count, (0x30...0x7E).contains(input[index]) { index += 1 }
        case 0x30...0x7E:
            index += 1
        default:
            break
        }
    }

    private mutating func skipCSIParameters() {
        while index < input.count, (0x20...0x3F).contains(input[index]) { index += 1 }
        if index < input.count, (0x40...0x7E).contains(input[index]) { index += 1 }
    }

    /// Skips an OSC/DCS-style string up to its terminator (BEL or ST), stopping at a line end.
    private mutating func skipControlString() {
        while index < input.count {
            let byte = input[index]
            if byte == 0x07 { index += 1; return }
            if byte == 0x0A || byte == 0x0D { return }
            if byte == 0x1B {
                if index + 1 < input.count, input[index + 1] == UInt8(ascii: "\\") { index += 2 }
                else { index += 1 }
                return
            }
            if byte == 0xC2, index + 1 < input.count, input[index + 1] == 0x9C { index += 2; return }
            index += 1
        }
    }

    // MARK: Decoding

    private func decodeUTF8(at position: Int) -> (UInt32, Int)? {
        let lead = input[position]
        let length: Int
        var scalar: UInt32
        switch lead {
        case 0xC2...0xDF: length = 2; scalar = UInt32(lead & 0x1F)
        case 0xE0...0xEF: length = 3; scalar = UInt32(lead & 0x0F)
        case 0xF0...0xF4: length = 4; scalar = UInt32(lead & 0x07)
        default: return nil
        }
        guard position + length <= input.count else { return nil }
        for offset in 1..<length {
            let byte = input[position + offset]
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
        switch scalar {
        case ..<0x80:
            page.storage.append(UInt8(scalar))
        case ..<0x800:
            page.storage.append(UInt8(0xC0 | scalar >> 6))
            page.storage.append(UInt8(0x80 | scalar & 0x3F))
        case ..<0x10000:
            page.storage.append(UInt8(0xE0 | scalar >> 12))
            page.storage.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            page.storage.append(UInt8(0x80 | scalar & 0x3F))
        default:
            page.storage.append(UInt8(0xF0 | scalar >> 18))
            page.storage.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            page.storage.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            page.storage.append(UInt8(0x80 | scalar & 0x3F))
        }
    }
}

/// The Windows-1252 meaning of a byte, or nil for its five undefined bytes.
func windows1252Scalar(_ byte: UInt8) -> UInt32? {
    guard (0x80...0x9F).contains(byte) else { return UInt32(byte) }
    let scalar = windows1252HighControls[Int(byte - 0x80)]
    return scalar == 0 ? nil : scalar
}

/// Windows-1252's printable characters at 0x80–0x9F, where Latin-1 has controls (0 = undefined).
private let windows1252HighControls: [UInt32] = [
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
]
