import Foundation
import StoryKit

/// Stories as the files of an EPUB 3 book: a chapter per day (oldest first, each story
/// a section under its headline), and a table of contents by day with every story in it.
/// Only text goes in, escaped for XML, with control characters made visible, so no story
/// can break the markup or run anything in a reading system.
struct EPUBBook {
    let title: String
    let identifier: String
    let modified: Date
    /// The stories by day, grouped and ordered once.
    let chapters: [Chapter]

    init(title: String, identifier: String, modified: Date, stories: [Story]) {
        self.title = title
        self.identifier = identifier
        self.modified = modified
        chapters = Self.chapters(of: stories)
    }

    /// One day's chapter: its file name, heading and stories in order.
    struct Chapter {
        var file: String
        var heading: String
        var stories: [(anchor: String, story: Story)]
    }

    private static func chapters(of stories: [Story]) -> [Chapter] {
        var byDay: [CalendarDate?: [Story]] = [:]
        for story in stories { byDay[story.date, default: []].append(story) }
        let days = byDay.keys.compactMap { $0 }.sorted()
        var chapters: [Chapter] = []
        for (number, day) in days.enumerated() {
            chapters.append(chapter(number: number + 1, heading: day.spelledOut, stories: byDay[day]!))
        }
        if let undated = byDay[nil] { chapters.append(chapter(number: chapters.count + 1, heading: "Undated", stories: undated)) }
        return chapters
    }

    private static func chapter(number: Int, heading: String, stories: [Story]) -> Chapter {
        let ordered = stories.sorted { ($0.published?.minuteNumber ?? 0, $0.headline) < ($1.published?.minuteNumber ?? 0, $1.headline) }
        return Chapter(
            file: "day-\(number).xhtml", heading: heading,
            stories: ordered.enumerated().map { (anchor: "story-\(number)-\($0.offset + 1)", story: $0.element) })
    }

    /// Every file of the book but `mimetype`, by its path in the archive.
    func files() -> [(path: String, text: String)] {
        var files: [(String, String)] = [
            ("META-INF/container.xml", Self.container),
            ("OEBPS/content.opf", package(chapters)),
            ("OEBPS/nav.xhtml", navigation(chapters)),
        ]
        for chapter in chapters { files.append(("OEBPS/" + chapter.file, page(chapter))) }
        return files
    }

    static let container = """
        <?xml version="1.0" encoding="UTF-8"?>
        <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
          <rootfiles>
            <rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>
          </rootfiles>
        </container>

        """

    private func package(_ chapters: [Chapter]) -> String {
        let stamp = ISO8601DateFormatter().string(from: modified)
        let items = chapters.map { "    <item id=\"\(Self.itemID($0))\" href=\"\($0.file)\" media-type=\"application/xhtml+xml\"/>" }
        let spine = chapters.map { "    <itemref idref=\"\(Self.itemID($0))\"/>" }
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" xml:lang="en">
              <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
                <dc:identifier id="book-id">\(Self.escaped(identifier))</dc:identifier>
                <dc:title>\(Self.escaped(title))</dc:title>
                <dc:language>en</dc:language>
                <dc:creator>Byline</dc:creator>
                <meta property="dcterms:modified">\(stamp)</meta>
              </metadata>
              <manifest>
                <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
            \(items.joined(separator: "\n"))
              </manifest>
              <spine>
            \(spine.joined(separator: "\n"))
              </spine>
            </package>

            """
    }

    private func navigation(_ chapters: [Chapter]) -> String {
        var list = ""
        for chapter in chapters {
            list += "      <li><a href=\"\(chapter.file)\">\(Self.escaped(chapter.heading))</a>\n        <ol>\n"
            for (anchor, story) in chapter.stories {
                list += "          <li><a href=\"\(chapter.file)#\(anchor)\">\(Self.escaped(story.headline))</a></li>\n"
            }
            list += "        </ol>\n      </li>\n"
        }
        return Self.document(
            title: "Contents",
            body: """
                <nav epub:type="toc" id="toc">
                    <h1>Contents</h1>
                    <ol>
                \(list)    </ol>
                  </nav>
                """)
    }

    private func page(_ chapter: Chapter) -> String {
        var body = "<h1>\(Self.escaped(chapter.heading))</h1>\n"
        for (anchor, story) in chapter.stories {
            body += "<section id=\"\(anchor)\">\n<h2>\(Self.escaped(story.headline))</h2>\n"
            let meta = story.metaLine()
            if !meta.isEmpty { body += "<p class=\"meta\"><em>\(Self.escaped(meta))</em></p>\n" }
            for paragraph in story.body { body += "<p>\(Self.escaped(paragraph))</p>\n" }
            if let url = story.url, !url.isEmpty { body += "<p class=\"meta\"><small>\(Self.escaped(url))</small></p>\n" }
            body += "</section>\n"
        }
        return Self.document(title: chapter.heading, body: body)
    }

    private static func document(title: String, body: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE html>
        <html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="en" xml:lang="en">
        <head><meta charset="UTF-8"/><title>\(escaped(title))</title></head>
        <body>
        \(body)
        </body>
        </html>

        """
    }

    private static func itemID(_ chapter: Chapter) -> String {
        chapter.file.replacingOccurrences(of: ".xhtml", with: "")
    }

    /// Text for XML: the five special characters escaped, and characters XML 1.0 forbids
    /// (controls) shown as their pictures.
    static func escaped(_ text: String) -> String {
        var result = ""
        for scalar in SafeText.sanitised(text).unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\u{FFFE}", "\u{FFFF}": result += "\u{FFFD}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
