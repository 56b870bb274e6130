import ArgumentParser
import Foundation
import StoryKit
import StoryStore

/// A story as Markdown: heading, meta line in italics, paragraphs, the latest-news list.
enum MarkdownStory {
    static func render(_ stored: StoredStory, inStore: [Bool]) -> String {
        let story = stored.story
        var lines = ["# \(escaped(story.headline))", ""]
        let meta = story.metaLine()
        if !meta.isEmpty { lines += ["*\(escaped(meta))*", ""] }
        for paragraph in story.body { lines += [escaped(paragraph), ""] }
        if !story.latest.isEmpty {
            lines += ["## Latest news", ""]
            for (item, stored) in zip(story.latest, inStore) {
                let time = item.readableTime.map { " (\($0))" } ?? ""
                lines.append("- \(escaped(item.headline))\(time)\(stored ? "" : " — not in the store")")
            }
            lines.append("")
        }
        return lines.map(SafeText.sanitised).joined(separator: "\n")
    }

    /// Backslashes the characters Markdown would read as formatting.
    static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            if "\\`*_[]#<>|".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }
}
