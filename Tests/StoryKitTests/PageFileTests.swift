import Foundation
import Testing
import StoryKit

/// Reading a page file whole: regular files in one read, streams in chunks, and the size limit either way.
@Suite struct PageFileTests {
    private func temporaryFile(_ bytes: [UInt8]) throws -> String {
        let path = NSTemporaryDirectory() + "byline-pagefile-\(UUID().uuidString)"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test(arguments: [0, 1, 4095, 4096, 4097, 100_000])
    func aRegularFileIsReadWhole(size: Int) throws {
        let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        let path = try temporaryFile(bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try PageFile.read(path) == bytes)
        #expect(try PageFile.read(path, limit: size) == bytes)
    }

    @Test func aFileOverTheLimitIsRefusedWithItsSize() throws {
        let path = try temporaryFile([UInt8](repeating: 65, count: 5000))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let error = #expect(throws: PageFile.ReadError.self) { try PageFile.read(path, limit: 4999) }
        #expect(error?.reason == "too large (5000 bytes; the limit is 4999)")
    }

    @Test func aFileThatReportsNoSizeIsStillReadToItsEnd() throws {
        // /proc files report a size of 0 but have content.
        let bytes = try PageFile.read("/proc/self/status")
        #expect(String(decoding: bytes, as: UTF8.self).hasPrefix("Name:"))
    }

    @Test func aStreamLongerThanOneBufferIsReadWholeAndItsLimitHolds() throws {
        let fifo = NSTemporaryDirectory() + "byline-pagefile-fifo-\(UUID().uuidString)"
        #expect(mkfifo(fifo, 0o600) == 0)
        defer { unlink(fifo) }
        let bytes = (0..<50_000).map { UInt8(truncatingIfNeeded: $0) }
        for (limit, fits) in [(Int.max, true), (20_000, false)] {
            let writer = Thread {
                let handle = FileHandle(forWritingAtPath: fifo)!
                try? handle.write(contentsOf: Data(bytes))
                try? handle.close()
            }
            writer.start()
            if fits {
                #expect(try PageFile.read(fifo, limit: limit) == bytes)
            } else {
                let error = #expect(throws: PageFile.ReadError.self) { try PageFile.read(fifo, limit: limit) }
                #expect(error?.reason == "too large (over 20000 bytes)")
            }
        }
    }
}
