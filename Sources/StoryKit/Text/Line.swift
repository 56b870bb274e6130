/// One cleaned line of a page.
struct Line {
    let bytes: ArraySlice<UInt8>

    var isBlank: Bool { bytes.isEmpty }
    var count: Int { bytes.count }
    var text: String { String(decoding: bytes, as: UTF8.self) }
}
