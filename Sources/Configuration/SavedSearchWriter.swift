import Foundation
import ReaderModel

/// Adds a saved search to the configuration file, for the reader's `W`: one line
/// under `[searches]` (the table is added at the end when the file has none), the
/// rest of the file kept byte for byte, and the result read back before it replaces
/// the file, so a save never leaves a configuration that does not load.
public enum SavedSearchWriter {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    public static func add(_ search: SavedSearch, toFileAt path: String) throws(Failure) {
        let existing = FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) } ?? ""
        let line = "\(quoted(search.name)) = \(quoted(search.query))"
        var lines = existing.isEmpty ? [] : existing.components(separatedBy: "\n")
        if let header = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "[searches]" }) {
            lines.insert(line, at: header + 1)
        } else {
            if let last = lines.last, last.isEmpty { lines.removeLast() }
            lines += (lines.isEmpty ? [] : [""]) + ["[searches]", line, ""]
        }
        let text = lines.joined(separator: "\n")
        let (settings, problems) = ConfigFile.parse(text, file: path)
        let (_, problemsBefore) = ConfigFile.parse(existing, file: path)
        guard problems.count <= problemsBefore.count, settings.searches.contains(search) else {
            throw Failure(description: "the configuration file would not read back with the search in it")
        }
        let folder = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            // Written beside it, then renamed over it: the file is never half written.
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw Failure(description: "cannot write \(path): \(error.localizedDescription)")
        }
    }

    /// A TOML basic string: quotes, backslashes and control characters escaped.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    result += String(format: "\\u%04X", scalar.value)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
