/// Text decoding that other readers of pages share with the wire parser.
public enum TextRepair {
    /// The bytes as valid UTF-8: every valid sequence kept, every other byte read as
    /// Windows-1252 (the five bytes it leaves undefined become U+FFFD), and how many
    /// bytes needed that.
    public static func validUTF8(_ bytes: [UInt8]) -> (bytes: [UInt8], windows1252Bytes: Int) {
        if isValidUTF8(bytes) { return (bytes, 0) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 8)
        var repaired = 0
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                output.append(lead)
                index += 1
                continue
            }
            let length = validSequenceLength(bytes, at: index)
            if length > 0 {
                output.append(contentsOf: bytes[index..<(index + length)])
                index += length
            } else {
                repaired += 1
                let scalar = windows1252Scalar(lead).flatMap(Unicode.Scalar.init) ?? "\u{FFFD}"
                output.append(contentsOf: Array(String(Character(scalar)).utf8))
                index += 1
            }
        }
        return (output, repaired)
    }

    /// Whether the bytes are valid UTF-8 as they stand.
    public static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            while index < buffer.count {
                // Runs of ASCII, the bulk of most pages, are skipped eight bytes at a time.
                while index + 8 <= buffer.count,
                    UnsafeRawPointer(buffer.baseAddress! + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
                {
                    index += 8
                }
                guard index < buffer.count else { return true }
                if buffer[index] < 0x80 {
                    index += 1
                    continue
                }
                let length = validSequenceLength(buffer, at: index)
                guard length > 0 else { return false }
                index += length
            }
            return true
        }
    }

    /// The length of the valid UTF-8 sequence starting at `index`, or 0.
    private static func validSequenceLength<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, at index: Int) -> Int where Bytes.Index == Int {
        let lead = bytes[index]
        let length: Int
        let minimum: UInt32
        switch lead {
        case 0xC2...0xDF: length = 2; minimum = 0x80
        case 0xE0...0xEF: length = 3; minimum = 0x800
        case 0xF0...0xF4: length = 4; minimum = 0x10000
        default: return 0
        }
        guard index + length <= bytes.count else { return 0 }
        var scalar = UInt32(lead) & (0xFF >> (length + 1))
        for offset in 1..<length {
            let byte = bytes[index + offset]
            guard byte & 0xC0 == 0x80 else { return 0 }
            scalar = scalar << 6 | UInt32(byte & 0x3F)
        }
        guard scalar >= minimum, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) else { return 0 }
        return length
    }
}
