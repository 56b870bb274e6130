import HTMLTree

/// The words of a class or id (`share`, `article`) and what the lists of telling words
/// say of them. A word is looked up by its packed bytes (`PackedName`), so no string is
/// built or hashed per word; words longer than sixteen bytes are in no list.
enum NameWord {
    /// What a word or part of a name says an element holds.
    struct Kinds: OptionSet, Sendable {
        let rawValue: UInt8
        static let article = Kinds(rawValue: 1)
        static let boilerplate = Kinds(rawValue: 2)
        static let negative = Kinds(rawValue: 4)
    }

    /// Names split into words at ASCII punctuation and spaces: `article__body share-bar`
    /// is article, body, share, bar. Any other byte (letters, digits, UTF-8) is part of a word.
    static func isSeparator(_ byte: UInt8) -> Bool {
        byte < 0x80 && !((byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A))
    }
}
