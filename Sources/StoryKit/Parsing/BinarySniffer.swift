/// Tells text from binary data by looking at a page's first bytes.
enum BinarySniffer {
    /// The kind of binary file, or nil when the bytes look like text. A few stray
    /// control characters (even NUL) do not make a page binary; more than one in twenty does.
    static func rejection(for bytes: [UInt8]) -> PageRejection? {
        for (magic, kind) in signatures where bytes.starts(with: magic) {
            return .binary(kind: kind)
        }
        let sample = bytes.prefix(8192)
        var controls = 0
        for byte in sample {
            if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D, byte != 0x0C, byte != 0x1B {
                controls += 1
            }
        }
        return controls > max(8, sample.count / 20) ? .binary(kind: nil) : nil
    }

    private static let signatures: [([UInt8], String)] = [
        ([0x25, 0x50, 0x44, 0x46, 0x2D], "PDF document"),
        ([0x89, 0x50, 0x4E, 0x47], "PNG image"),
        ([0xFF, 0xD8, 0xFF], "JPEG image"),
        ([0x47, 0x49, 0x46, 0x38], "GIF image"),
        ([0x50, 0x4B, 0x03, 0x04], "ZIP archive"),
        ([0x1F, 0x8B], "gzip data"),
        ([0x7F, 0x45, 0x4C, 0x46], "ELF executable"),
    ]
}
