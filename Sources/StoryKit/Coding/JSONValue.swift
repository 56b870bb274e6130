/// A JSON document with object keys kept in the order they were written.
///
/// Byline's machine-readable output promises a fixed key order, which
/// `JSONEncoder` does not give; this small value renders exactly what is
/// built, in one line (JSON Lines) or indented (for golden files and people).
public enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case number(Int)
    case string(String)
    case array([JSONValue])
    case object([(key: String, value: JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.compact == rhs.compact
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(compact)
    }

    public static func optional(_ text: String?) -> JSONValue {
        text.map(JSONValue.string) ?? .null
    }

    /// One line, no spaces: the JSON Lines form.
    public var compact: String {
        String(decoding: compactBytes, as: UTF8.self)
    }

    /// The compact form as UTF-8, for writing straight to a file.
    public var compactBytes: [UInt8] {
        var output: [UInt8] = []
        writeCompact(to: &output)
        return output
    }

    /// Appends the compact form to `output`, for callers that build a larger buffer.
    public func writeCompact(to output: inout [UInt8]) {
        write(to: &output, indent: nil, depth: 0)
    }

    /// Two-space indentation, one value per line; empty lists stay `[]`.
    public var pretty: String {
        var output: [UInt8] = []
        write(to: &output, indent: 2, depth: 0)
        return String(decoding: output, as: UTF8.self)
    }

    private func write(to output: inout [UInt8], indent: Int?, depth: Int) {
        switch self {
        case .null: output += "null".utf8
        case .bool(let value): output += (value ? "true" : "false").utf8
        case .number(let value): output += String(value).utf8
        case .string(let value): JSONValue.writeString(value, to: &output)
        case .array(let values):
            writeContainer(open: "[", close: "]", count: values.count, to: &output, indent: indent, depth: depth) { index, output in
                values[index].write(to: &output, indent: indent, depth: depth + 1)
            }
        case .object(let members):
            writeContainer(open: "{", close: "}", count: members.count, to: &output, indent: indent, depth: depth) { index, output in
                JSONValue.writeString(members[index].key, to: &output)
                output.append(UInt8(ascii: ":"))
                if indent != nil { output.append(0x20) }
                members[index].value.write(to: &output, indent: indent, depth: depth + 1)
            }
        }
    }

    private func writeContainer(
        open: Unicode.Scalar, close: Unicode.Scalar, count: Int, to output: inout [UInt8], indent: Int?, depth: Int,
        element: (Int, inout [UInt8]) -> Void
    ) {
        output.append(UInt8(ascii: open))
        guard count > 0 else { output.append(UInt8(ascii: close)); return }
        for index in 0..<count {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            if let indent {
                output.append(0x0A)
                output += repeatElement(0x20, count: indent * (depth + 1))
            }
            element(index, &output)
        }
        if let indent {
            output.append(0x0A)
            output += repeatElement(0x20, count: indent * depth)
        }
        output.append(UInt8(ascii: close))
    }

    /// Copies runs of bytes that need no escape in one go; escapes quotes, backslashes,
    /// C0 and C1 controls, DEL and the two Unicode line separators.
    static func writeString(_ value: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var copy = value
        copy.withUTF8 { bytes in
            var runStart = 0
            var index = 0
            let count = bytes.count
            func flush(upTo end: Int) {
                if end > runStart { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<end])) }
            }
            while index < count {
                let byte = bytes[index]
                var escapeLength = 0
                var scalar: UInt32 = 0
                if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0x7F {
                    escapeLength = 1; scalar = UInt32(byte)
                } else if byte == 0xC2, index + 1 < count, (0x80...0x9F).contains(bytes[index + 1]) {
                    escapeLength = 2; scalar = UInt32(bytes[index + 1])
                } else if byte == 0xE2, index + 2 < count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 {
                    escapeLength = 3
                    scalar = bytes[index + 2] == 0xA8 ? 0x2028 : 0x2029
                }
                guard escapeLength > 0 else { index += 1; continue }
                flush(upTo: index)
                switch scalar {
                case 0x22: output += #"\""#.utf8
                case 0x5C: output += #"\\"#.utf8
                case 0x0A: output += #"\n"#.utf8
                case 0x0D: output += #"\r"#.utf8
                case 0x09: output += #"\t"#.utf8
                default:
                    let hex = String(scalar, radix: 16)
                    output += "\\u".utf8
                    output += repeatElement(UInt8(ascii: "0"), count: 4 - hex.utf8.count)
                    output += hex.utf8
                }
                index += escapeLength
                runStart = index
            }
            flush(upTo: count)
        }
        output.append(UInt8(ascii: "\""))
    }
}
