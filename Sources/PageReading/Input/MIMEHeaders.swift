/// The header block of a MIME message or part: `Name: value` lines (folded lines
/// joined), ending at the first blank line.
struct MIMEHeaders {
    private var fields: [String: String] = [:]

    subscript(name: String) -> String? { fields[name] }

    /// The headers starting at `start`, and where the content after them begins.
    static func read(_ bytes: [UInt8], from start: Int, end: Int? = nil) -> (MIMEHeaders, Int)? {
        let end = end ?? bytes.count
        var headers = MIMEHeaders()
        var lastName: String?
        var index = start
        // A part may start with blank lines before its headers.
        while index < end, bytes[index] == 0x0D || bytes[index] == 0x0A { index += 1 }
        while index < end {
            let lineEnd = bytes[index..<end].firstIndex(of: 0x0A) ?? end
            var line = bytes[index..<lineEnd]
            if line.last == 0x0D { line = line.dropLast() }
            index = min(lineEnd + 1, end)
            if line.isEmpty { return (headers, index) }
            let text = String(decoding: line, as: UTF8.self)
            if line.first == 0x20 || line.first == 0x09, let name = lastName {
                headers.fields[name, default: ""] += " " + text.trimmingSpaces
            } else if let colon = text.firstIndex(of: ":") {
                let name = text[..<colon].lowercased().trimmingSpaces
                headers.fields[name] = String(text[text.index(after: colon)...]).trimmingSpaces
                lastName = name
            } else {
                return nil
            }
        }
        return headers.fields.isEmpty ? nil : (headers, index)
    }

    /// A parameter of a header such as `Content-Type: multipart/related; boundary="x"`.
    func parameter(_ parameter: String, of header: String) -> String? {
        guard let value = fields[header] else { return nil }
        for piece in value.split(separator: ";").dropFirst() {
            let pair = piece.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].lowercased().trimmingSpaces == parameter else { continue }
            var result = String(pair[1]).trimmingSpaces
            if result.hasPrefix("\"") && result.hasSuffix("\"") && result.count >= 2 { result = String(result.dropFirst().dropLast()) }
            return result
        }
        return nil
    }
}
