import Foundation
import StoryKit
import Testing

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
        // Whole: many times the first buffer. Over the limit: small enough to sit in the pipe
        // at once, so the writer is done before the reader gives up (no SIGPIPE).
        for (count, limit) in [(50_000, Int.max), (3_000, 2_000)] {
            let bytes = (0..<count).map { UInt8(truncatingIfNeeded: $0) }
            let writer = Thread {
                let handle = FileHandle(forWritingAtPath: fifo)!
                try? handle.write(contentsOf: Data(bytes))
                try? handle.close()
            }
            writer.start()
            if limit == .max {
                #expect(try PageFile.read(fifo, limit: limit) == bytes)
            } else {
                let error = #expect(throws: PageFile.ReadError.self) { try PageFile.read(fifo, limit: limit) }
                #expect(error?.reason == "too large (over 2000 bytes)")
            }
        }
    }

    @Test func theReadableTextOfACleanPageIsThePage() throws {
        let path = Fixtures.pages.appendingPathComponent("2026-01-04-ians-han-river-bridge-lights-to-stay.txt").path
        let bytes = try PageFile.read(path)
        #expect(PageFile.readableText(bytes) == String(decoding: bytes, as: UTF8.self))
    }

    @Test(arguments: ["hostile-control-characters.txt", "hostile-binary-noise.txt", "hostile-windows-1252.txt", "hostile-crlf-bom.txt"])
    func theReadableTextOfAHostilePageHoldsNoControls(name: String) throws {
        let text = PageFile.readableText(try PageFile.read(Fixtures.pages.appendingPathComponent(name).path))
        let controls = text.unicodeScalars.filter { $0 != "\n" && SafeText.needsReplacement($0) }
        #expect(controls.isEmpty, "\(controls.map { String($0.value, radix: 16) })")
        #expect(!text.isEmpty || name == "hostile-binary-noise.txt")
    }

    @Test func theReadableTextDecodesWindows1252() throws {
        let text = PageFile.readableText([0x43, 0x61, 0x66, 0xE9, 0x20, 0x93, 0x6F, 0x6B, 0x94, 0x0D, 0x0A])
        #expect(text == "Caf\u{E9} \u{201C}ok\u{201D}\n")
    }
}
