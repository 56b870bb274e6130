import HTMLTree
import StoryKit

/// Decides how an HTML page's bytes are to be decoded, in the order browsers use:
/// a byte-order mark, then a charset the page or its container declares, then a
/// look at the bytes themselves.
///
/// Pages often declare one charset and use another. A page whose bytes are valid
/// UTF-8 (and hold some non-ASCII text) is read as UTF-8 whatever it says, because
/// text in a legacy encoding is almost never valid UTF-8 by accident; a page that
/// declares UTF-8 but is not is repaired byte by byte, as the wire parser does.
enum CharsetSniffer {
    struct Decision {
        /// The bytes to hand to the HTML parser (a byte-order mark removed, UTF-8 repaired).
        var bytes: [UInt8]
        /// An encoding name libxml2 knows.
        var encoding: String
        var repairedBytes = 0
    }

    static func decide(_ bytes: [UInt8], declared outside: String? = nil) -> Decision {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return utf8(Array(bytes.dropFirst(3))) }
        if bytes.starts(with: [0xFF, 0xFE]) { return Decision(bytes: Array(bytes.dropFirst(2)), encoding: "UTF-16LE") }
        if bytes.starts(with: [0xFE, 0xFF]) { return Decision(bytes: Array(bytes.dropFirst(2)), encoding: "UTF-16BE") }
        let declared = (outside ?? declaredCharset(in: bytes)).map(normalised)
        guard let declared, declared != "UTF-8" else { return utf8(bytes) }
        if hasNonASCII(bytes) && TextRepair.isValidUTF8(bytes) { return Decision(bytes: bytes, encoding: "UTF-8") }
        if HTMLParser.knowsEncoding(declared) { return Decision(bytes: bytes, encoding: declared) }
        return Decision(bytes: bytes, encoding: "WINDOWS-1252")
    }

    static func utf8(_ bytes: [UInt8]) -> Decision {
        let repaired = TextRepair.validUTF8(bytes)
        return Decision(bytes: repaired.bytes, encoding: "UTF-8", repairedBytes: repaired.windows1252Bytes)
    }

    /// Browsers read Latin-1 and ASCII labels as Windows-1252, and so does Byline.
    private static func normalised(_ name: String) -> String {
        switch name.lowercased() {
        case "utf-8", "utf8", "unicode-1-1-utf-8": "UTF-8"
        case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "windows-1252", "cp1252",
            "x-cp1252", "iso-8859-15", "iso8859-15":
            "WINDOWS-1252"
        case "gb2312", "gbk", "x-gbk": "GB18030"
        case "shift-jis", "shift_jis", "sjis", "x-sjis", "windows-31j": "CP932"
        case "ks_c_5601-1987", "euc-kr": "CP949"
        default: name
        }
    }

    private static func hasNonASCII(_ bytes: [UInt8]) -> Bool {
        bytes.contains { $0 >= 0x80 }
    }

    /// `<meta charset=…>`, `<meta http-equiv content="…; charset=…">` or an XML
    /// declaration's `encoding`, in the first 4 KB (where the HTML standard says it must be).
    static func declaredCharset(in bytes: [UInt8]) -> String? {
        let end = min(bytes.count, 4096)
        // Only a `<meta>` tag or the XML declaration declares the page's charset; a
        // `<script charset=…>` names the script's. Names are matched in any case, on
        // the page's bytes as they are.
        for (opener, marker) in declarations {
            var from = 0
            while let tag = bytes.firstRange(of: opener, from: from, to: end, caseless: true) {
                from = tag.upperBound
                let tagEnd = bytes[tag.upperBound..<end].firstIndex(of: UInt8(ascii: ">")) ?? end
                guard let found = bytes.firstRange(of: marker, from: tag.upperBound, to: tagEnd, caseless: true) else { continue }
                var index = found.upperBound
                while index < tagEnd, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") || bytes[index] == 0x20 {
                    index += 1
                }
                var name: [UInt8] = []
                while index < tagEnd, name.count < 40 {
                    let byte = bytes[index].asciiLowercased
                    guard byte.isCharsetNameByte else { break }
                    name.append(byte)
                    index += 1
                }
                if !name.isEmpty { return String(decoding: name, as: UTF8.self) }
            }
        }
        return nil
    }

    private static let declarations = [("<meta", "charset="), ("<?xml", "encoding=")].map { (Array($0.utf8), Array($1.utf8)) }
}

extension UInt8 {
    fileprivate var isCharsetNameByte: Bool {
        (self >= UInt8(ascii: "a") && self <= UInt8(ascii: "z")) || (self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9"))
            || self == UInt8(ascii: "-") || self == UInt8(ascii: "_") || self == UInt8(ascii: ":") || self == UInt8(ascii: ".")
    }
}
