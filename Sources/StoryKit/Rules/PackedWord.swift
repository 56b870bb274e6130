/// A short ASCII word folded to lower case and packed into an integer, so word
/// lists can be checked on every line without building strings.
struct PackedWord: Hashable {
    let value: UInt64
    /// The number of letters, or 0 for a word that did not pack.
    var length: Int { value == 0 ? 0 : (64 - value.leadingZeroBitCount + 6) / 7 }

    /// Words longer than nine bytes, or with bytes outside ASCII, pack to 0 and match nothing.
    init(_ bytes: ArraySlice<UInt8>) {
        guard bytes.count <= 9 else { value = 0; return }
        var packed: UInt64 = 0
        for byte in bytes {
            guard byte < 0x80 else { value = 0; return }
            packed = packed << 7 | UInt64(byte.asciiLowercased)
        }
        value = packed
    }
}
