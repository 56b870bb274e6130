import StoryKit

/// A browser's single-file save (`.mht`, `.mhtml`): a MIME message whose first HTML
/// part is the page. Only that part is needed; images and style sheets are skipped.
struct MHTMLArchive {
    /// The HTML part's bytes, decoded from its transfer encoding.
    let html: [UInt8]
    /// The part's declared charset, which wins over a guess.
    let charset: String?
    /// Where the page was saved from (`Content-Location` or `Snapshot-Content-Location`).
    let location: String?

    /// Whether the bytes begin like a MIME message with a multipart body.
    static func looksLikeArchive(_ bytes: [UInt8]) -> Bool {
        // A saved archive starts with its message headers.
        guard ["from:", "content-type:", "mime-version:", "subject:", "date:"].contains(where: { bytes.containsCaseless($0, within: $0.utf8.count) })
        else { return false }
        return bytes.containsCaseless("content-type: multipart/", within: 4096) || bytes.containsCaseless("content-type:multipart/", within: 4096)
    }

    init(_ bytes: [UInt8]) throws(PageRejection) {
        guard let (headers, bodyStart) = MIMEHeaders.read(bytes, from: 0) else {
            throw .unreadable("MHTML archive without headers")
        }
        guard let boundary = headers.parameter("boundary", of: "content-type"), !boundary.isEmpty else {
            throw .unreadable("MHTML archive without a part boundary")
        }
        let delimiter = Array(("--" + boundary).utf8)
        var location = headers["snapshot-content-location"] ?? headers["content-location"]
        for part in Self.parts(of: bytes[bodyStart...], delimiter: delimiter) {
            guard let (partHeaders, contentStart) = MIMEHeaders.read(bytes, from: part.lowerBound, end: part.upperBound) else { continue }
            let type = (partHeaders["content-type"] ?? "text/plain").lowercased()
            guard type.hasPrefix("text/html") || type.hasPrefix("application/xhtml+xml") else { continue }
            let content = Array(bytes[contentStart..<part.upperBound])
            switch (partHeaders["content-transfer-encoding"] ?? "8bit").lowercased().trimmingSpaces {
            case "quoted-printable": html = TransferDecoding.quotedPrintable(content)
            case "base64": html = TransferDecoding.base64(content)
            default: html = content
            }
            charset = partHeaders.parameter("charset", of: "content-type")
            location = location ?? partHeaders["content-location"]
            self.location = location
            return
        }
        throw .unreadable("MHTML archive without an HTML part")
    }

    /// The byte ranges between boundary lines.
    private static func parts(of body: ArraySlice<UInt8>, delimiter: [UInt8]) -> [Range<Int>] {
        var starts: [(line: Int, after: Int)] = []
        var index = body.startIndex
        while index < body.endIndex {
            let lineEnd = body[index...].firstIndex(of: 0x0A) ?? body.endIndex
            if body[index..<lineEnd].starts(with: delimiter) { starts.append((index, min(lineEnd + 1, body.endIndex))) }
            index = lineEnd + 1
        }
        return zip(starts, starts.dropFirst() + [(body.endIndex, body.endIndex)]).map { start, next in
            start.after..<max(start.after, next.line)
        }
    }
}
