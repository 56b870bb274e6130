/// A file being written piece by piece through a buffer of its own, for files too large to
/// build in memory first (the catalog of a million stories is 340 MB). Made and finished
/// by `FileSystem.writeAtomically(_:temporaryFolder:sync:writing:)`, which moves it into
/// place only once every piece was written.
struct FileOutput {
    private let descriptor: Int32
    private let path: String
    private var buffer: [UInt8] = []
    /// How many bytes were handed over so far: where the next piece starts in the file.
    private(set) var count = 0

    private static let bufferLength = 1 << 20

    init(descriptor: Int32, path: String) {
        self.descriptor = descriptor
        self.path = path
        buffer.reserveCapacity(Self.bufferLength)
    }

    mutating func write(_ bytes: some Collection<UInt8>) throws(StoreError) {
        buffer += bytes
        count += bytes.count
        if buffer.count >= Self.bufferLength { try flush() }
    }

    mutating func write(_ bytes: UnsafeRawBufferPointer) throws(StoreError) {
        buffer.append(contentsOf: bytes)
        count += bytes.count
        if buffer.count >= Self.bufferLength { try flush() }
    }

    /// Hands the buffer to the system.
    mutating func flush() throws(StoreError) {
        let failure = buffer.withUnsafeBytes { FileSystem.writeAll($0, to: descriptor) }
        buffer.removeAll(keepingCapacity: true)
        if failure != 0 { throw .system("write", path, failure) }
    }
}
