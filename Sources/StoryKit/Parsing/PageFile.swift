#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a page file whole, with reasons a person can act on when it fails.
public enum PageFile {
    /// The largest page Byline reads (8 MiB), on disk or once decompressed: far above any
    /// real article page, low enough that one hostile file cannot exhaust memory.
    public static let sizeLimit = 8 << 20

    /// Why a file could not be read, phrased to follow `path: `.
    public struct ReadError: Error, Hashable, Sendable, CustomStringConvertible {
        public let reason: String
        public var description: String { reason }
    }

    public static func read(_ path: String, limit: Int = .max) throws(ReadError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw ReadError(reason: reason(for: errno)) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw ReadError(reason: reason(for: errno)) }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw ReadError(reason: "is a directory") }
        if Int(info.st_size) > limit {
            throw ReadError(reason: "too large (\(Int(info.st_size)) bytes; the limit is \(limit))")
        }
        // A regular file whose read comes up short has ended, so a page usually takes one
        // read; files whose size the system does not report (pipes, /proc) grow the buffer.
        let isRegular = (info.st_mode & S_IFMT) == S_IFREG
        let ceiling = limit < Int.max ? limit + 1 : limit
        // The first buffer is filled straight from the file, without zeroing it first.
        var failure: Int32 = 0
        var ended = false
        var bytes = [UInt8](unsafeUninitializedCapacity: min(max(Int(info.st_size) + 1, 1 << 12), ceiling)) { buffer, count in
            count = 0
            while count < buffer.count {
                let wanted = buffer.count - count
                let read = systemRead(descriptor, buffer.baseAddress! + count, wanted)
                if read < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                count += read
                if read == 0 || (isRegular && read < wanted) {
                    ended = true
                    return
                }
            }
        }
        if failure != 0 { throw ReadError(reason: reason(for: failure)) }
        var filled = bytes.count
        while !ended {
            if filled == bytes.count {
                if filled > limit { throw ReadError(reason: "too large (over \(limit) bytes)") }
                bytes.append(contentsOf: repeatElement(0, count: min(bytes.count, ceiling - bytes.count)))
            }
            let wanted = bytes.count - filled
            let count = bytes.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress! + filled, wanted) }
            if count < 0 {
                if errno == EINTR { continue }
                throw ReadError(reason: reason(for: errno))
            }
            filled += count
            ended = count == 0 || (isRegular && count < wanted)
        }
        if filled > limit { throw ReadError(reason: "too large (over \(limit) bytes)") }
        bytes.removeLast(bytes.count - filled)
        return bytes
    }

    /// A saved page as text that is safe on any terminal: decoded as the parser decodes
    /// it (UTF-8, UTF-16, Windows-1252), line by line, with control characters and escape
    /// sequences removed. For showing an original in a pager, which might pass escapes through.
    public static func readableText(_ bytes: [UInt8]) -> String {
        let page = PageTextScanner.scan(bytes)
        var text = ""
        text.reserveCapacity(page.storage.count + page.lineCount)
        for index in 0..<page.lineCount {
            text += String(decoding: page.storage[page.lineRanges[index]], as: UTF8.self)
            text += "\n"
        }
        return text
    }

    static func reason(for code: Int32) -> String {
        switch code {
        case ENOENT: "no such file"
        case EACCES, EPERM: "permission denied"
        case EISDIR: "is a directory"
        case ENOTDIR: "a part of the path is not a directory"
        case ELOOP: "too many symbolic links"
        case ENAMETOOLONG: "file name too long"
        case EIO: "input/output error"
        default: String(cString: strerror(code)).lowercased()
        }
    }
}

#if canImport(Glibc)
private let systemRead = Glibc.read
#else
private let systemRead = Darwin.read
#endif
