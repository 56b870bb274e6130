/// A `class` or `id` value as the key of the article reader's cache of element hints.
///
/// Pages repeat the same few values thousands of times, and the standard hash runs a
/// seeded function over every byte of every look-up, which cost more than the hint it
/// saved. Here the bytes are digested once with FNV-1a, only the digest is hashed, and
/// two keys are equal when their digests and then their texts are.
struct NamesKey: Hashable {
    let text: String
    private let digest: UInt64

    init(_ text: String) {
        var text = text
        digest = text.withUTF8 { bytes in
            var digest: UInt64 = 0xCBF2_9CE4_8422_2325
            for byte in bytes { digest = (digest ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            return digest
        }
        self.text = text
    }

    static func == (left: NamesKey, right: NamesKey) -> Bool {
        left.digest == right.digest && left.text == right.text
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(digest)
    }
}
