/// Little-endian integers and length-prefixed strings, for the catalog's binary records.
struct ByteWriter {
    var bytes: [UInt8] = []

    mutating func put<T: FixedWidthInteger>(_ value: T) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func put(_ data: some Collection<UInt8>) {
        bytes.append(contentsOf: data)
    }
}
