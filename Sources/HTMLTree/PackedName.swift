/// A short ASCII name (an element's or attribute's, up to eight bytes) packed into one
/// integer, so the parser's callbacks can look names up without building a string.
struct PackedName: Hashable {
    let value: UInt64

    /// The packed form of a NUL-terminated name, or nil when it is longer than eight bytes.
    init?(_ name: UnsafePointer<UInt8>) {
        var value: UInt64 = 0
        var index = 0
        while name[index] != 0 {
            guard index < 8 else { return nil }
            value |= UInt64(name[index]) << (8 * UInt64(index))
            index += 1
        }
        self.value = value
    }

    init?(_ name: String) {
        let bytes = Array(name.utf8)
        guard bytes.count <= 8 else { return nil }
        var value: UInt64 = 0
        for (index, byte) in bytes.enumerated() { value |= UInt64(byte) << (8 * UInt64(index)) }
        self.value = value
    }
}
