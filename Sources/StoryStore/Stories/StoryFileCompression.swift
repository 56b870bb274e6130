import CZstd
import Synchronization

/// Story files are kept as two zstd frames: the JSON line with its newline, then the
/// original page. Decompressed and joined they are the plain layout byte for byte, so
/// `zstd -dc` prints what an earlier Byline wrote, and files of both kinds read alike.
///
/// The page has a frame of its own so that a file whose JSON line is damaged still gives
/// its page back for `check --repair` to parse again, and so that a search, which needs
/// the JSON line alone, decompresses nothing else. Each frame records its content's size,
/// checked against a bound before anything is allocated, and a checksum of its content,
/// so any changed byte is found when the frame is read.
enum StoryFileCompression {
    /// The first bytes of every zstd frame; a plain story file starts with `{`.
    static let magic: [UInt8] = [0x28, 0xB5, 0x2F, 0xFD]
    /// zstd's fastest level: a story file takes a whole disk block however well it is
    /// compressed, and level 3 made a 100,000-page import 1.1 times as long for files
    /// 4 % smaller (12 % on the bundled HTML pages), which no block showed.
    static let level: Int32 = 1
    /// The most a frame may say it holds. Pages are at most 8 MB, and their JSON line
    /// (the text again, escaped) stays within a few times that; a frame claiming more is
    /// damaged or hostile, and refused before its bytes are allocated.
    static let contentLimit = 64 << 20

    /// Whether a zstd frame's magic starts at `offset`.
    static func isCompressed(_ bytes: [UInt8], at offset: Int = 0) -> Bool {
        offset + magic.count <= bytes.count && bytes[offset..<(offset + magic.count)].elementsEqual(magic)
    }

    /// The line's frame then the page's, each with its size and checksum.
    static func compress(line: [UInt8], page: [UInt8]) -> [UInt8] {
        contexts.withCompression { context in
            var output = [UInt8](repeating: 0, count: ZSTD_compressBound(line.count) + ZSTD_compressBound(page.count))
            var written = 0
            for part in [line, page] {
                let size = output.withUnsafeMutableBytes { out in
                    part.withUnsafeBytes { source in
                        ZSTD_compress2(context, out.baseAddress! + written, out.count - written, source.baseAddress, source.count)
                    }
                }
                // Compressing into a buffer of `ZSTD_compressBound` cannot fail.
                precondition(ZSTD_isError(size) == 0, "zstd: \(String(cString: ZSTD_getErrorName(size)))")
                written += size
            }
            output.removeLast(output.count - written)
            return output
        }
    }

    /// Every frame's content, joined: the file's plain layout. A file that is not exactly
    /// two whole frames, each matching its checksum, is refused.
    static func plainBytes(of bytes: [UInt8]) throws(StoreError) -> [UInt8] {
        let frames = try frameRanges(in: bytes)
        var plain: [UInt8] = []
        plain.reserveCapacity(frames.reduce(0) { $0 + $1.contentSize })
        for frame in frames { plain += try decompress(bytes, frame) }
        return plain
    }

    /// The JSON line with its newline, the page's frame left compressed.
    static func line(of bytes: [UInt8]) throws(StoreError) -> [UInt8] {
        try decompress(bytes, try frameRanges(in: bytes)[0])
    }

    /// The page, found even when the line's frame before it is damaged: the last frame
    /// that starts at a frame's magic, ends where the file ends and matches its checksum.
    static func page(in bytes: [UInt8]) -> [UInt8]? {
        if let frames = try? frameRanges(in: bytes), let page = try? decompress(bytes, frames[1]) { return page }
        for start in stride(from: magic.count, through: bytes.count - magic.count, by: 1) where isCompressed(bytes, at: start) {
            if let frame = frame(in: bytes, at: start), frame.range.upperBound == bytes.count, let page = try? decompress(bytes, frame) {
                return page
            }
        }
        return nil
    }

    // MARK: Frames

    private struct Frame {
        var range: Range<Int>
        var contentSize: Int
    }

    private static func frameRanges(in bytes: [UInt8]) throws(StoreError) -> [Frame] {
        var frames: [Frame] = []
        var start = 0
        while start < bytes.count {
            guard frames.count < 2, let frame = frame(in: bytes, at: start) else {
                throw StoreError("not a valid story file (a damaged compressed frame at byte \(start))")
            }
            frames.append(frame)
            start = frame.range.upperBound
        }
        guard frames.count == 2 else { throw StoreError("not a valid story file (the original page's compressed frame is missing)") }
        return frames
    }

    /// The whole frame starting at `start`, if its header and block sizes hold together
    /// and it says how much it holds, within `contentLimit`.
    private static func frame(in bytes: [UInt8], at start: Int) -> Frame? {
        bytes.withUnsafeBytes { buffer -> Frame? in
            let source = buffer.baseAddress! + start
            let remaining = buffer.count - start
            let length = ZSTD_findFrameCompressedSize(source, remaining)
            let content = ZSTD_getFrameContentSize(source, remaining)
            guard ZSTD_isError(length) == 0, byline_zstd_size_is_known(content) != 0, content <= UInt64(contentLimit) else { return nil }
            return Frame(range: start..<(start + length), contentSize: Int(content))
        }
    }

    private static func decompress(_ bytes: [UInt8], _ frame: Frame) throws(StoreError) -> [UInt8] {
        let result = contexts.withDecompression { context -> [UInt8]? in
            var content = [UInt8](repeating: 0, count: frame.contentSize)
            let size = content.withUnsafeMutableBytes { out in
                bytes.withUnsafeBytes { source in
                    ZSTD_decompressDCtx(context, out.baseAddress, out.count, source.baseAddress! + frame.range.lowerBound, frame.range.count)
                }
            }
            return ZSTD_isError(size) == 0 && size == frame.contentSize ? content : nil
        }
        guard let result else {
            throw StoreError("not a valid story file (the compressed frame at byte \(frame.range.lowerBound) fails its checksum)")
        }
        return result
    }

    private static let contexts = ZstdContexts(level: level)
}
