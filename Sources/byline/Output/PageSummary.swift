import StoryKit

/// The human-readable form of `byline parse`: what a person checks at a glance.
struct PageSummary {
    let file: String
    let page: ParsedPage

    var text: String {
        let story = page.story
        var lines = [file, "  kind:     \(story.kind.rawValue)", "  headline: \(story.headline)"]
        if let byline = story.byline { lines.append("  byline:   \(byline)") }
        if !story.authors.isEmpty { lines.append("  authors:  \(story.authors.joined(separator: ", "))") }
        if let site = story.site { lines.append("  site:     \(site)") }
        if let url = story.url { lines.append("  url:      \(url)") }
        if let published = story.published { lines.append("  time:     \(published)") }
        if let language = story.language { lines.append("  language: \(language)") }
        let dateline = [story.place, story.date?.description, story.agency.map { "(\($0))" }]
            .compactMap { $0 }.joined(separator: " ")
        lines.append("  dateline: \(dateline.isEmpty ? "none" : dateline)")
        // Paragraphs hold single spaces between words, so counting spaces counts words cheaply.
        let words = story.body.reduce(0) { total, paragraph in
            total + 1 + paragraph.utf8.reduce(0) { $0 + ($1 == 0x20 ? 1 : 0) }
        }
        lines.append("  body:     \(story.body.count) paragraph\(story.body.count == 1 ? "" : "s"), \(words) word\(words == 1 ? "" : "s")")
        if let signoff = story.signoff { lines.append("  sign-off: \(signoff)") }
        lines.append("  latest:   \(story.latest.count) item\(story.latest.count == 1 ? "" : "s")")
        for item in story.latest {
            lines.append("    \(item.readableTime ?? "(no time)      ")  \(item.headline)")
        }
        for warning in page.warnings { lines.append("  warning:  \(warning)") }
        // The file name comes from outside and the text may hold bidi overrides: neither
        // reaches the terminal as it is.
        return lines.map(SafeText.sanitised).joined(separator: "\n") + "\n"
    }
}
