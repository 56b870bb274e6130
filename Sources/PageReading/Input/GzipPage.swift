import CLibZ
import StoryKit

/// Unwraps a gzip-compressed page (`page.html.gz`), refusing to inflate more than the
/// page-size limit, so a small file that expands to gigabytes (a gzip bomb) costs no
/// more than a page that size.
enum GzipPage {
    static func isCompressed(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B
    }

    static func decompress(_ bytes: [UInt8], limit: Int) throws(PageRejection) -> [UInt8] {
        var stream = z_stream()
        guard byline_inflate_init_gzip(&stream) == Z_OK else { throw .unreadable("gzip data could not be read") }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var status: Int32 = Z_OK
        var input = bytes
        input.withUnsafeMutableBufferPointer { source in
            stream.next_in = source.baseAddress
            stream.avail_in = UInt32(source.count)
            while status == Z_OK && output.count <= limit {
                chunk.withUnsafeMutableBufferPointer { target in
                    stream.next_out = target.baseAddress
                    stream.avail_out = UInt32(target.count)
                    status = inflate(&stream, Z_NO_FLUSH)
                    output.append(contentsOf: target[0..<(target.count - Int(stream.avail_out))])
                }
                // A member ended but more input follows: concatenated gzip members are one file.
                if status == Z_STREAM_END && stream.avail_in > 0 {
                    status = inflateReset(&stream)
                }
            }
        }
        if output.count > limit {
            throw .tooLarge("decompresses to more than \(limit) bytes (the page-size limit)")
        }
        guard status == Z_STREAM_END else {
            throw .unreadable(status == Z_BUF_ERROR ? "gzip data ends early (truncated file)" : "damaged gzip data")
        }
        return output
    }
}
