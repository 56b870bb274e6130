import StoryKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// This machine's name for its state log: `BYLINE_MACHINE`, else the machine id, else the host name.
public enum MachineName {
    public static func current(environment: [String: String]) -> String {
        if let name = environment["BYLINE_MACHINE"], !name.isEmpty { return sanitised(name) }
        if let bytes = try? FileSystem.readFile("/etc/machine-id") {
            let id = String(decoding: bytes, as: UTF8.self).filter(\.isHexDigit)
            if id.count >= 12 { return String(id.prefix(12)) }
        }
        var buffer = [CChar](repeating: 0, count: 256)
        if gethostname(&buffer, buffer.count) == 0 {
            let name = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if !name.isEmpty { return sanitised(name) }
        }
        return "machine"
    }

    static func sanitised(_ name: String) -> String {
        String(name.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." ? $0 : "_" }.prefix(64))
    }
}
