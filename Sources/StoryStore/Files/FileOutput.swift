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

    /// Adds `bytes`; a piece as large as the buffer goes to the system at once, not through it.
    mutating func write(_ bytes: UnsafeRawBufferPointer) throws(StoreError) {
        count += bytes.count
        if bytes.count >= Self.bufferLength {
            try flush()
            try send(bytes)
        } else {
            buffer.append(contentsOf: bytes)
            if buffer.count >= Self.bufferLength { try flush() }
        }
    }

    mutating func write(_ bytes: [UInt8]) throws(StoreError) {
        try bytes.withUnsafeBytes { raw in Result { () throws(StoreError) in try write(raw) } }.get()
    }

    /// Hands the buffer to the system.
    mutating func flush() throws(StoreError) {
        try buffer.withUnsafeBytes { raw in Result { () throws(StoreError) in try send(raw) } }.get()
        buffer.removeAll(keepingCapacity: true)
    }

    private func send(_ bytes: UnsafeRawBufferPointer) throws(StoreError) {
        let failure = FileSystem.writeAll(bytes, to: descriptor)
        if failure != 0 { throw .system("write", path, failure) }
    }
}
