/// Case folding for search: ASCII letters lower-cased byte by byte, and other text
/// lower-cased through Unicode, so "FERRY", "Ferry" and "ferry" all match, and
/// so do "ÉTÉ" and "été".
public enum TextFolding {
    public static func folded(_ text: String) -> [UInt8] {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return text.utf8.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
        }
        return Array(text.lowercased().utf8)
    }
}
