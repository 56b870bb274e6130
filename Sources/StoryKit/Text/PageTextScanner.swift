/// Decodes and cleans a page's bytes in a single linear pass.
///
/// Valid UTF-8 sequences are kept; any byte that does not start a valid
/// sequence is read as Windows-1252 (a superset of Latin-1 for printable
/// text), so a page that mixes encodings loses nothing readable. Control
/// characters are removed; escape sequences (CSI, OSC and the other string
/// sequences, two-byte escapes) are removed whole so that no `[31m` debris
/// is left behind.
///
/// This loop sees every byte Byline ever imports, so it works on raw buffers.
enum PageTextScanner {
    static func scan(_ input: [UInt8]) -> PageText {
        var page = PageText()
        // Cleaning only shrinks text, except that one Windows-1252 byte can become three UTF-8 bytes.
        let capacity = input.count * 3
        var lineRanges: [Range<Int>] = []
        lineRanges.reserveCapacity(input.count / 48 + 1)
        var windows1252Bytes = 0
        var removedControls = 0
        page.storage = input.withUnsafeBufferPointer { source in
            [UInt8](unsafeUninitializedCapacity: capacity) { target, initializedCount in
                var writer = CleanTextWriter(source: source, target: target)
                writer.run()
                lineRanges = writer.lineRanges
                windows1252Bytes = writer.windows1252Bytes
                removedControls = writer.removedControls
                initializedCount = writer.written
            }
        }
        page.lineRanges = lineRanges
        page.windows1252Bytes = windows1252Bytes
        page.removedControls = removedControls
        return page
    }
}
