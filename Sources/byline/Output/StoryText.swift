import ArgumentParser
import Foundation
import ReaderModel
import StoryKit
import StoryStore
import TerminalKit

/// The plain-text rendering of a story for `byline show`.
struct StoryText {
    let stored: StoredStory
    let targets: [StoryID?]
    let listedIn: [StoryID]
    /// Every version of the story, itself among them, newest first (empty: none).
    let versions: [StoryID]
    var neighbours = StoryNeighbours()
    let store: StoryStore
    var catalog: Catalog { store.catalog }

    func render(width: Int) -> String {
        let story = stored.story
        var lines: [String] = []
        lines += wrap(story.headline, width: width)
        let meta = story.metaLine()
        if !meta.isEmpty { lines += wrap(meta, width: width) }
        if let source = story.sourceLine { lines += wrap(source, width: width) }
        if let time = catalog.entry(stored.id)?.time.line { lines += wrap("time " + time, width: width) }
        lines.append("id \(stored.id)")
        for paragraph in story.body {
            lines.append("")
            lines += wrap(paragraph, width: width)
        }
        if !story.latest.isEmpty {
            lines.append("")
            lines.append("Latest news")
            for (index, item) in story.latest.enumerated() {
                let mark = targets[index].map { "[\($0)]" } ?? "(not in the store)"
                let time = item.readableTime.map { " — \($0)" } ?? ""
                lines += wrap("\(index + 1). \(item.headline)\(time) \(mark)", width: width, indent: 3)
            }
        }
        if !listedIn.isEmpty {
            lines.append("")
            lines.append("Listed in")
            for id in listedIn {
                lines += wrap("- \(catalog.entry(id).map(catalog.headline) ?? "") [\(id)]", width: width, indent: 2)
            }
        }
        // Other versions with what each adds, then the neighbours: one line per stored story.
        let own = Set(story.body.map(HeadlineKey.normalised))
        let sections: [(heading: String, ids: [StoryID], addsParagraphs: Bool)] = [
            ("Other versions", versions.filter { $0 != stored.id }, true), ("Also reported", neighbours.alsoReported, false),
            ("Related", neighbours.related, false),
        ]
        for section in sections where !section.ids.isEmpty {
            lines.append("")
            lines.append(section.heading)
            for id in section.ids {
                guard let entry = catalog.entry(id) else { continue }
                var about = [catalog.agency(entry), entry.time.dayAndClock ?? "undated"].filter { !$0.isEmpty }
                if section.addsParagraphs {
                    let added = ((try? store.story(id))?.story.body ?? []).filter { !own.contains(HeadlineKey.normalised($0)) }.count
                    about.append("\(added) new paragraph\(added == 1 ? "" : "s")")
                }
                lines += wrap("- \(catalog.headline(entry)) — \(about.joined(separator: " · ")) [\(id)]", width: width, indent: 2)
            }
        }
        return lines.map(SafeText.sanitised).joined(separator: "\n") + "\n"
    }

    /// TerminalKit's wrapping (display widths, never splitting a grapheme), with a hanging
    /// indent for the lines after the first.
    private func wrap(_ text: String, width: Int, indent: Int = 0) -> [String] {
        let pad = String(repeating: " ", count: indent)
        return TextWrapper.wrap(text, width: max(1, width - indent)).enumerated().map { $0 == 0 ? $1 : pad + $1 }
    }
}
