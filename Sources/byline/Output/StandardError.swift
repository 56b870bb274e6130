import StoryKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes diagnostics to stderr, so stdout stays clean for pipes and `--json`.
/// Messages name files and quote reasons that may come from outside (a page's
/// file name, a damaged store), so each line is made safe for a terminal first.
enum StandardError {
    static func write(_ line: String) {
        let text =
            line.split(separator: "\n", omittingEmptySubsequences: false).map { SafeText.sanitised(String($0)) }.joined(separator: "\n")
            + (line.hasSuffix("\n") ? "" : "\n")
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { buffer in
                systemWrite(2, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written <= 0 { return }
            offset += written
        }
    }
}

#if canImport(Glibc)
private let systemWrite = Glibc.write
#else
private let systemWrite = Darwin.write
#endif
