#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A short name (an element's or attribute's, a word of a class name: up to sixteen
/// bytes) packed into two integers, so that hot paths look names up by their bytes
/// without building a string. Longer names have no packed form.
public struct PackedName: Hashable, Sendable {
    let low: UInt64
    let high: UInt64

    /// The packed form of a NUL-terminated name, or nil when it is longer than sixteen bytes.
    init?(_ name: UnsafePointer<UInt8>) {
        let length = strlen(UnsafeRawPointer(name).assumingMemoryBound(to: CChar.self))
        self.init(UnsafeBufferPointer(start: name, count: length)[...])
    }

    /// The packed form of some bytes, or nil when there are more than sixteen: copied into
    /// the two integers in one move, the first byte lowest.
    public init?(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) {
        guard bytes.count <= 16 else { return nil }
        var words: (UInt64, UInt64) = (0, 0)
        if let base = bytes.base.baseAddress, !bytes.isEmpty {
            withUnsafeMutableBytes(of: &words) { $0.baseAddress!.copyMemory(from: base + bytes.startIndex, byteCount: bytes.count) }
        }
        (low, high) = (UInt64(littleEndian: words.0), UInt64(littleEndian: words.1))
    }

    public init?(_ name: String) {
        var name = name
        guard let packed = name.withUTF8({ Self($0[...]) }) else { return nil }
        self = packed
    }

    /// The bits a table slot is chosen by: both halves multiplied into the top bits, so
    /// names that differ in any byte land apart.
    var mixed: UInt64 {
        (low &* 0x9E37_79B9_7F4A_7C15) ^ (high &* 0xC2B2_AE3D_27D4_EB4F)
    }
}
