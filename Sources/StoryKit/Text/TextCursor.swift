/// A forward reader over a short run of UTF-8 bytes, for the small grammars of
/// datelines and timestamps. Every method either consumes what it names and
/// returns it, or leaves the position where it was.
struct TextCursor {
    let bytes: ArraySlice<UInt8>
    var position: Int

    init(_ bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        self.position = bytes.startIndex
    }

    var isAtEnd: Bool { position >= bytes.endIndex }
    var rest: ArraySlice<UInt8> { bytes[position...] }

    mutating func skipSpaces() {
        while position < bytes.endIndex, bytes[position] == 0x20 { position += 1 }
    }

    /// Consumes one byte if it is `byte`.
    @discardableResult
    mutating func consume(_ byte: UInt8) -> Bool {
        guard position < bytes.endIndex, bytes[position] == byte else { return false }
        position += 1
        return true
    }

    /// Consumes a run of ASCII letters and returns it case-folded.
    mutating func word() -> PackedWord? {
        let start = position
        while position < bytes.endIndex, bytes[position].isASCIILetter { position += 1 }
        guard position > start else { return nil }
        return PackedWord(bytes[start..<position])
    }

    /// Consumes between `minDigits` and `maxDigits` decimal digits, not followed by another digit.
    mutating func number(minDigits: Int = 1, maxDigits: Int) -> Int? {
        let start = position
        var value = 0
        while position < bytes.endIndex, bytes[position].isASCIIDigit, position - start < maxDigits {
            value = value * 10 + Int(bytes[position] - 0x30)
            position += 1
        }
        let length = position - start
        if length < minDigits || (position < bytes.endIndex && bytes[position].isASCIIDigit) {
            position = start
            return nil
        }
        return value
    }
}

extension UInt8 {
    var isASCIILetter: Bool { (0x41...0x5A).contains(self) || (0x61...0x7A).contains(self) }
    var isASCIIDigit: Bool { (0x30...0x39).contains(self) }
    var isASCIIUppercase: Bool { (0x41...0x5A).contains(self) }
    /// The byte with A–Z folded to a–z; every other byte as it is.
    @inlinable public var asciiLowercased: UInt8 { self >= 0x41 && self <= 0x5A ? self | 0x20 : self }
}

extension ArraySlice<UInt8> {
    /// Whether the bytes end with `suffix`, ignoring ASCII case.
    func hasCaselessSuffix(_ suffix: String) -> Bool {
        guard count >= suffix.utf8.count else { return false }
        return zip(self.suffix(suffix.utf8.count), suffix.utf8).allSatisfy { $0.asciiLowercased == $1.asciiLowercased }
    }

    /// Whether the bytes start with `prefix`, ignoring ASCII case.
    func hasCaselessPrefix(_ prefix: String) -> Bool {
        guard count >= prefix.utf8.count else { return false }
        return zip(self, prefix.utf8).allSatisfy { $0.asciiLowercased == $1.asciiLowercased }
    }

    /// Removes ASCII spaces at both ends.
    func trimmingSpaces() -> ArraySlice<UInt8> {
        var slice = self
        while slice.first == 0x20 { slice = slice.dropFirst() }
        while slice.last == 0x20 { slice = slice.dropLast() }
        return slice
    }

    var utf8String: String { String(decoding: self, as: UTF8.self) }
}
