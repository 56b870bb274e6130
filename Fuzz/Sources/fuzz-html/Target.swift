import FuzzDriver
import HTMLTree
import PageReading
import StoryKit

/// Any bytes through `PageReader.read`, raw and wrapped so libFuzzer reaches every path:
/// as the body of an HTML page, as the quoted-printable HTML part of an MHTML archive,
/// and gzip-compressed (stored deflate blocks, so no zlib is needed here). Each read
/// returns a story or a rejection; a story holds no control characters and renders as JSON.
/// UTF-8 bytes also parse to the same tree whether the parser may cut script and style
/// bodies out first or not.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTML(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    check(bytes)
    checkCutAgreesWithWhole(bytes)
    guard let selector = bytes.first else { return 0 }
    let rest = Array(bytes.dropFirst())
    switch selector % 4 {
    case 0: check(Wrap.html(rest))
    case 1: check(Wrap.mhtml(rest))
    case 2: check(Wrap.gzip(Wrap.html(rest)))
    default: check(Wrap.gzip(rest))
    }
    return 0
}

private func check(_ bytes: [UInt8]) {
    let page: ParsedPage
    do { page = try PageReader.read(bytes) } catch { return }
    let story = page.story
    for text in [story.headline] + story.body + story.latest.map(\.headline) {
        precondition(!text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    }
    _ = ParseReport.json(file: "fuzz", page: page).compact
}

private func checkCutAgreesWithWhole(_ bytes: [UInt8]) {
    guard String(validating: bytes, as: UTF8.self) != nil else { return }
    let attributes: Set<String> = ["type", "class", "href"]
    let options = HTMLParseOptions(attributes: attributes, scriptTypes: ["application/ld+json"])
    let cut = HTMLParser.parse(bytes, encoding: "UTF-8", keeping: options, checkedUTF8: true)
    // Keeping every script's text, the parser cuts nothing: the whole page, read the same way.
    let whole = HTMLParser.parse(bytes, encoding: "UTF-8", keeping: HTMLParseOptions(attributes: attributes), checkedUTF8: true)
    precondition(cut.outline(includingScriptText: false) == whole.outline(includingScriptText: false), "a cut page parsed to another tree")
}

private enum Wrap {
    static func html(_ bytes: [UInt8]) -> [UInt8] {
        Array("<html><body>".utf8) + bytes
    }

    /// A one-part MHTML archive whose HTML part is the bytes, quoted-printable encoded.
    static func mhtml(_ bytes: [UInt8]) -> [UInt8] {
        var out = Array(
            """
            From: <Saved by Blink>\r
            Snapshot-Content-Location: https://fuzz.example/story\r
            Subject: fuzz\r
            MIME-Version: 1.0\r
            Content-Type: multipart/related; type="text/html"; boundary="----fuzz-boundary"\r
            \r
            ------fuzz-boundary\r
            Content-Type: text/html; charset="utf-8"\r
            Content-Transfer-Encoding: quoted-printable\r
            Content-Location: https://fuzz.example/story\r
            \r

            """.utf8)
        let hex = Array("0123456789ABCDEF".utf8)
        var column = 0
        for byte in Array("<html><body>".utf8) + bytes {
            let plain = (0x21...0x7E).contains(byte) && byte != UInt8(ascii: "=")
            let width = plain ? 1 : 3
            if column + width > 75 {
                out += Array("=\r\n".utf8)
                column = 0
            }
            if plain { out.append(byte) } else { out += [UInt8(ascii: "="), hex[Int(byte >> 4)], hex[Int(byte & 15)]] }
            column += width
        }
        out += Array("\r\n------fuzz-boundary--\r\n".utf8)
        return out
    }

    /// A gzip member holding the bytes in stored (uncompressed) deflate blocks.
    static func gzip(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 0xFF]
        var start = 0
        repeat {
            let end = min(bytes.count, start + 0xFFFF)
            let length = end - start
            out.append(end == bytes.count ? 1 : 0)
            out += [UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8((~length >> 8) & 0xFF)]
            out += bytes[start..<end]
            start = end
        } while start < bytes.count
        out += littleEndian(crc32(bytes)) + littleEndian(UInt32(truncatingIfNeeded: bytes.count))
        return out
    }

    private static func littleEndian(_ value: UInt32) -> [UInt8] {
        (0..<4).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
    }

    private static let crcTable: [UInt32] = (0..<256).map { (n: UInt32) in
        var c = n
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    private static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for byte in bytes { c = crcTable[Int((c ^ UInt32(byte)) & 0xFF)] ^ (c >> 8) }
        return c ^ 0xFFFF_FFFF
    }
}

@_cdecl("fuzz_html_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runLibFuzzer(argc, argv, fuzzHTML)
}
