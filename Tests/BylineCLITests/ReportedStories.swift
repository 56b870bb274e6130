import Foundation
import StoryKit

/// The stories a `byline import --verbose` or `byline watch` output reported as stored,
/// with the file each came from. A line cut short by a kill promised nothing: only whole
/// lines count.
func reportedStories(in output: String) throws -> [(id: StoryID, file: String)] {
    let text = try String(contentsOfFile: output, encoding: .utf8)
    let complete = text.hasSuffix("\n") ? text[...] : text[..<(text.lastIndex(of: "\n") ?? text.startIndex)]
    return complete.split(separator: "\n").compactMap { line in
        let fields = line.split(separator: " ", omittingEmptySubsequences: true)
        guard fields.count == 3, ["new", "updated", "unchanged"].contains(fields[0]), let id = StoryID(hex: fields[1]) else { return nil }
        return (id, String(fields[2]))
    }
}
