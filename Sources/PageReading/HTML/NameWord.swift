/// One word of a class or id (`share`, `article`), up to sixteen bytes packed into two
/// integers, so that looking it up in the lists of telling words hashes two integers
/// instead of building and hashing a string. Longer words are in no list.
struct NameWord: Hashable {
    private let low: UInt64
    private let high: UInt64

    /// What a word or part of a name says an element holds.
    struct Kinds: OptionSet {
        let rawValue: UInt8
        static let article = Kinds(rawValue: 1)
        static let boilerplate = Kinds(rawValue: 2)
        static let negative = Kinds(rawValue: 4)
    }

    init?(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) {
        guard bytes.count <= 16 else { return nil }
        var low: UInt64 = 0
        var high: UInt64 = 0
        for (offset, byte) in bytes.enumerated() {
            if offset < 8 { low |= UInt64(byte) << (8 * UInt64(offset)) } else { high |= UInt64(byte) << (8 * UInt64(offset - 8)) }
        }
        self.low = low
        self.high = high
    }

    /// Names split into words at ASCII punctuation and spaces: `article__body share-bar`
    /// is article, body, share, bar. Any other byte (letters, digits, UTF-8) is part of a word.
    static func isSeparator(_ byte: UInt8) -> Bool {
        byte < 0x80 && !((byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A))
    }
}
