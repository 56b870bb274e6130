/// Reads UTF-16 files (which carry a byte-order mark) as UTF-8, so they are text, not binary.
enum UTF16Transcoder {
    static func utf8IfUTF16(_ bytes: [UInt8]) -> [UInt8]? {
        guard bytes.count >= 2 else { return nil }
        let littleEndian: Bool
        switch (bytes[0], bytes[1]) {
        case (0xFF, 0xFE): littleEndian = true
        case (0xFE, 0xFF): littleEndian = false
        default: return nil
        }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = 2
        while index + 1 < bytes.count {
            let pair = littleEndian ? (bytes[index + 1], bytes[index]) : (bytes[index], bytes[index + 1])
            units.append(UInt16(pair.0) << 8 | UInt16(pair.1))
            index += 2
        }
        return Array(String(decoding: units, as: UTF16.self).utf8)
    }
}
