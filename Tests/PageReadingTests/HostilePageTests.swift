import Foundation
import StoryKit
import Testing

@testable import PageReading

/// Pages built to hurt the reader: cut short, nested absurdly deep, huge, full of script,
/// entity bombs, bogus charsets, gzip bombs, broken archives and terminal escapes. Every
/// one must end in a story or a `PageRejection`, never a crash or a hang, and what is
/// read must be safe to print.
@Suite("Hostile pages")
struct HostilePageTests {
    // MARK: - Truncation

    @Test("a page cut at every 7th byte gives a story or a rejection, never a crash")
    func truncatedHTML() throws {
        let page = Array(Self.smallPage.utf8)
        let whole = try PageReader.read(page)
        #expect(whole.story.headline == "Harbour crane returns to service")
        #expect(whole.story.body.contains { $0.contains("The harbour's oldest crane lifted its first container") })

        var stories = 0, rejections = 0, withFirstParagraph = 0
        let firstParagraphEnd = try #require(Self.smallPage.range(of: "since the spring.</p>")).upperBound
        let firstParagraphOffset = Self.smallPage.utf8.distance(from: Self.smallPage.startIndex, to: firstParagraphEnd)
        for cut in stride(from: 1, to: page.count, by: 7) {
            switch Self.outcome(Array(page[..<cut])) {
            case .success(let parsed):
                stories += 1
                #expect(!parsed.story.headline.isEmpty, "cut at \(cut)")
                Self.expectPrintable(parsed.story, "cut at \(cut)")
                if cut >= firstParagraphOffset,
                    parsed.story.body.contains(where: { $0.contains("lifted its first container") })
                {
                    withFirstParagraph += 1
                }
            case .failure:
                rejections += 1
            }
        }
        #expect(stories + rejections == (page.count + 5) / 7)
        // Once the first paragraph is complete, a cut page still holds it.
        let cutsAfterFirstParagraph = stride(from: 1, to: page.count, by: 7).filter { $0 >= firstParagraphOffset }.count
        #expect(withFirstParagraph == cutsAfterFirstParagraph)
    }

    // MARK: - Size and depth

    @Test("deeply nested divs finish and find the text at the bottom, or reject cleanly", arguments: [300, 100_000])
    func deeplyNestedDivs(depth: Int) {
        var page = Array("<!DOCTYPE html><html><head><title>Deep page</title></head><body>".utf8)
        page.reserveCapacity(depth * 11 + 500)
        for _ in 0..<depth { page += Array("<div>".utf8) }
        page += Array("<p>The text at the very bottom of a hundred thousand nested boxes is still readable.</p>".utf8)
        for _ in 0..<depth { page += Array("</div>".utf8) }
        page += Array("<p>After the boxes comes a closing paragraph of ordinary text for the reader.</p></body></html>".utf8)
        switch Self.outcome(page) {
        case .success(let parsed):
            Self.expectPrintable(parsed.story, "nested divs")
            // libxml2 reads past its default limit of 256 open elements (HTMLTree lifts it and
            // copies the tree without recursion), so the text at the bottom is found.
            #expect(parsed.story.body.contains { $0.contains("nested boxes is still readable") })
        case .failure(let rejection):
            #expect(rejection == .noArticleText || rejection == .onlyPageFurniture, "\(rejection)")
        }
    }

    @Test("an 8 MB page gives twice the paragraphs of a 4 MB page (work grows with the page)")
    func linearParagraphs() throws {
        let (smallPage, smallWritten) = Self.repeatedParagraphs(bytes: 4 << 20)
        let (largePage, largeWritten) = Self.repeatedParagraphs(bytes: PageFile.sizeLimit)
        #expect(abs(largeWritten - 2 * smallWritten) <= 2)  // the header and footer are written once
        let small = try PageReader.read(smallPage).story.body.filter { $0.hasPrefix("Paragraph ") }
        let large = try PageReader.read(largePage).story.body.filter { $0.hasPrefix("Paragraph ") }
        // Every paragraph is kept, once, in order: none dropped, merged or repeated.
        #expect(small.count == smallWritten, "4 MB: \(small.count) of \(smallWritten) paragraphs")
        #expect(large.count == largeWritten, "8 MB: \(large.count) of \(largeWritten) paragraphs")
        #expect(large.last?.hasPrefix(Self.paragraphLabel(largeWritten - 1)) == true)
        #expect(Set(large).count == large.count)
    }

    // MARK: - Content that is not text

    @Test("script and style content never reaches the body")
    func scriptAndStyleStayOut() throws {
        let page = """
            <!DOCTYPE html><html><head><title>Council approves harbour plan</title>
            <style>p::before { content: "stylefake"; } .x { }</style>
            <script>var injected = "</p><p>scriptfake one two three four five six seven eight nine ten";</script>
            </head><body><article><h1>Council approves harbour plan</h1>
            <p>The council approved the new harbour plan on Monday after a long debate about the cost of dredging.</p>
            <script>document.write('<p>writefake paragraph that a browser would show but a reader must not</p>');
            // </p><p>commentfake
            </script>
            <style>/* </p><p>stylecommentfake */</style>
            <p>Work on the outer breakwater is due to start in the spring and last for about three years.</p>
            <noscript><p>Please enable JavaScript to see comments.</p></noscript>
            </article></body></html>
            """
        let story = try PageReader.read(Array(page.utf8)).story
        let text = ([story.headline] + story.body).joined(separator: "\n")
        for marker in ["scriptfake", "writefake", "commentfake", "stylefake", "stylecommentfake", "injected", "document.write", "content:"] {
            #expect(!text.contains(marker), "\(marker) leaked into the story: \(story.body)")
        }
        #expect(story.body.contains { $0.hasPrefix("The council approved the new harbour plan") })
        #expect(story.body.contains { $0.hasPrefix("Work on the outer breakwater") })
    }

    @Test("an entity-expansion (billion laughs) DOCTYPE does not expand")
    func billionLaughs() {
        var doctype = "<!DOCTYPE html [\n<!ENTITY lol \"lol\">\n"
        for level in 2...9 {
            let previous = level == 2 ? "lol" : "lol\(level - 1)"
            doctype += "<!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">\n"
        }
        doctype += "]>\n"
        let page =
            doctype + """
                <html><head><title>Laughing matter</title></head><body>
                <h1>Laughing matter</h1><p>&lol9; &lol5;</p>
                <p>The comedy festival opens on Friday with forty acts on three stages across the old town.</p>
                </body></html>
                """
        switch Self.outcome(Array(page.utf8)) {
        case .success(let parsed):
            Self.expectPrintable(parsed.story, "billion laughs")
            let text = ([parsed.story.headline] + parsed.story.body).joined(separator: " ")
            #expect(Self.longestRun(of: "lol", in: text) <= 20, "entities expanded: \(text.prefix(200))")
            #expect(text.utf8.count < 10_000)
            #expect(parsed.story.body.contains { $0.contains("The comedy festival opens on Friday") })
        case .failure(let rejection):
            Issue.record("the page has an article but was rejected: \(rejection)")
        }
    }

    @Test(
        "an unknown charset name still reads the text",
        arguments: [
            #"<meta charset="x-no-such-charset">"#,
            #"<meta http-equiv="Content-Type" content="text/html; charset=x-no-such-charset">"#,
            #"<meta charset="">"#,
        ])
    func unknownCharset(meta: String) throws {
        let page =
            "<!DOCTYPE html><html><head>\(meta)<title>Café reopens on the square</title></head><body>"
            + "<h1>Café reopens on the square</h1>"
            + "<p>The café on the old square reopened on Tuesday after a year of repairs to its roof.</p></body></html>"
        let story = try PageReader.read(Array(page.utf8)).story
        #expect(story.headline == "Café reopens on the square")
        #expect(story.body.contains("The café on the old square reopened on Tuesday after a year of repairs to its roof."))
    }

    // MARK: - Containers

    @Test("a gzip bomb (20 MB of one byte, compressed) is rejected as too large")
    func gzipBomb() throws {
        let bomb = try Self.gzip(Array(repeating: UInt8(ascii: "a"), count: 20 << 20))
        #expect(bomb.count < 100_000)
        guard case .failure(.tooLarge(let reason)) = Self.outcome(bomb) else {
            Issue.record("expected .tooLarge, got \(Self.outcome(bomb))")
            return
        }
        #expect(!reason.contains("\n"))
        // The same page compressed, small enough, reads.
        let page = try PageReader.read(Self.gzip(Array(Self.smallPage.utf8)))
        #expect(page.story.headline == "Harbour crane returns to service")
    }

    @Test("a truncated gzip file is unreadable")
    func truncatedGzip() throws {
        let compressed = try Self.gzip(Array(Self.smallPage.utf8))
        for keep in [2, 10, 11, compressed.count / 2, compressed.count - 8, compressed.count - 1] {
            let result = Self.outcome(Array(compressed.prefix(keep)))
            guard case .failure(.unreadable(let reason)) = result else {
                Issue.record("kept \(keep) of \(compressed.count) bytes: expected .unreadable, got \(result)")
                continue
            }
            #expect(!reason.isEmpty && !reason.contains("\n"))
        }
    }

    @Test("an MHTML archive without an HTML part is unreadable, with a one-line reason")
    func mhtmlWithoutHTMLPart() {
        let archive = """
            From: <Saved by Blink>\r
            MIME-Version: 1.0\r
            Content-Type: multipart/related; type="text/html"; boundary="----part"\r
            \r
            ------part\r
            Content-Type: image/png\r
            Content-Transfer-Encoding: base64\r
            \r
            iVBORw0KGgo=\r
            ------part\r
            Content-Type: text/css\r
            \r
            p { color: red }\r
            ------part--\r

            """
        Self.expectUnreadable(archive, mentioning: "HTML part")
    }

    @Test("an MHTML archive without a boundary is unreadable, with a one-line reason")
    func mhtmlWithoutBoundary() {
        let archive = """
            From: <Saved by Blink>\r
            MIME-Version: 1.0\r
            Content-Type: multipart/related; type="text/html"\r
            \r
            ------part\r
            Content-Type: text/html\r
            \r
            <html><body><h1>Headline</h1><p>Body text of the archived page.</p></body></html>\r
            ------part--\r

            """
        Self.expectUnreadable(archive, mentioning: "boundary")
    }

    // MARK: - Terminal safety

    @Test("escapes, BEL, C1 controls and U+202E in the title and body never reach the story")
    func terminalSafety() throws {
        let nasty = "\u{1B}[31m\u{1B}]0;owned\u{07}\u{1B}[2J\u{07}\u{9B}1m\u{85}\u{202E}"
        let references = "&#x1b;[5m&#27;[0m&#7;&#x9b;&#133;&#x202e;"
        let page =
            "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
            + "<title>Bridge \(nasty)lights \(references)switched on</title></head><body><article>"
            + "<h1>Bridge \(nasty)lights \(references)switched on</h1>"
            + "<p>The new lights on the \(nasty)river bridge were \(references)switched on at dusk on Friday evening.</p>"
            + "<p>Engineers said the \u{1B}[1mcolours\u{1B}[0m would change with the seasons\u{07}.</p>"
            + "</article></body></html>"
        let story = try PageReader.read(Array(page.utf8)).story
        Self.expectPrintable(story, "title and body")
        #expect(story.headline.contains("Bridge") && story.headline.contains("switched on"))
        #expect(story.body.contains { $0.contains("switched on at dusk on Friday evening") })
    }

    @Test("escapes and newlines in page metadata (og:title, site name, author) never reach the story")
    func terminalSafetyInMetadata() throws {
        let nasty = "\u{1B}[31m\u{1B}]0;owned\u{07}\u{9B}1m\u{85}"
        let page =
            "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
            + "<meta property=\"og:title\" content=\"Bridge \(nasty)lights\n\nswitched on\">"
            + "<meta property=\"og:site_name\" content=\"River \(nasty)Post\">"
            + "<meta name=\"author\" content=\"Ana \(nasty)Reis\">"
            + "<meta name=\"twitter:title\" content=\"Bridge \(nasty)lights switched on\"></head><body>"
            + "<p>The new lights on the river bridge were switched on at dusk on Friday evening.</p>"
            + "</body></html>"
        let story = try PageReader.read(Array(page.utf8)).story
        Self.expectPrintable(story, "metadata")
        #expect(story.headline.contains("Bridge"))
    }

    @Test("a text dump whose lines hold NUL, backspace, escapes and C1 controls gives a clean headline and body")
    func terminalSafetyInDumps() throws {
        // Found by the html fuzz target: a dump's headline is one of its own lines.
        let page =
            "Harbour news\u{08}\u{00} menu \u{1B}[31mHome\u{1B}[0m | World | Sport\n\n"
            + "Night \u{9B}2Jferry returns \u{07}to the islands\n\n"
            + "The night ferry returned to the outer islands on Saturday, carrying two hundred passengers and a band.\n\n"
            + "Islanders said the last boat at six in the evening had kept them from jobs on the mainland for years.\n"
        let story = try PageReader.read(Array(page.utf8)).story
        Self.expectPrintable(story, "dump")
        #expect(story.body.contains { $0.contains("night ferry returned") })
    }

    // MARK: - Helpers

    static let smallPage = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Harbour crane returns to service | Test Gazette</title></head>
        <body><nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></nav>
        <article><h1>Harbour crane returns to service</h1>
        <p>SALTMERE, Dec 29 (AFP) &mdash; The harbour's oldest crane lifted its first container on Monday after repairs that had kept it idle since the spring.</p>
        <p>Dock workers cheered as the &ldquo;old lady&rdquo; swung a blue container onto the quay, and the port said it would handle twelve ships a week.</p>
        <p>The repairs cost about two million euros, most of it paid by the regional government &amp; the port authority.</p>
        </article><footer><p>&copy; Test Gazette</p></footer></body></html>
        """

    static func outcome(_ bytes: [UInt8]) -> Result<ParsedPage, PageRejection> {
        Result { () throws(PageRejection) -> ParsedPage in try PageReader.read(bytes) }
    }

    /// No C0 or C1 control character (tab and newline included) in any text a reader shows.
    static func expectPrintable(_ story: Story, _ context: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let texts =
            [story.headline] + story.body + [story.byline, story.place, story.agency, story.signoff, story.site].compactMap { $0 }
            + story.authors + story.latest.map(\.headline)
        for text in texts {
            let bad = text.unicodeScalars.filter { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
            #expect(
                bad.isEmpty, "\(context): control characters \(bad.map { String($0.value, radix: 16) }) in \(text.debugDescription)",
                sourceLocation: sourceLocation)
        }
    }

    static func expectUnreadable(_ archive: String, mentioning word: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let bytes = Array(archive.utf8)
        #expect(MHTMLArchive.looksLikeArchive(bytes), sourceLocation: sourceLocation)
        guard case .failure(.unreadable(let reason)) = outcome(bytes) else {
            Issue.record("expected .unreadable, got \(outcome(bytes))", sourceLocation: sourceLocation)
            return
        }
        #expect(!reason.isEmpty && !reason.contains("\n") && reason.count < 120, "\(reason)", sourceLocation: sourceLocation)
        #expect(reason.contains(word), "\(reason)", sourceLocation: sourceLocation)
        #expect(PageRejection.unreadable(reason).description == reason, sourceLocation: sourceLocation)
    }

    /// A page of numbered paragraphs of equal length, at most `bytes` long, and how many it holds.
    static func repeatedParagraphs(bytes: Int) -> ([UInt8], Int) {
        var page = Array("<!DOCTYPE html><html><head><title>The long report</title></head><body><article><h1>The long report</h1>\n".utf8)
        let end = Array("</article></body></html>\n".utf8)
        page.reserveCapacity(bytes)
        var index = 0
        while true {
            let paragraph = Array("<p>\(paragraphLabel(index)) of the long report says the harbour handled more ships than in any year before.</p>\n".utf8)
            if page.count + paragraph.count + end.count > bytes { break }
            page += paragraph
            index += 1
        }
        return (page + end, index)
    }

    static func paragraphLabel(_ index: Int) -> String {
        let digits = String(index)
        return "Paragraph " + String(repeating: "0", count: max(0, 7 - digits.count)) + digits
    }

    static func longestRun(of word: String, in text: String) -> Int {
        var longest = 0, current = 0
        var rest = Substring(text)
        while !rest.isEmpty {
            if rest.hasPrefix(word) {
                current += 1
                longest = max(longest, current)
                rest = rest.dropFirst(word.count)
            } else {
                current = 0
                rest = rest.dropFirst()
            }
        }
        return longest
    }

    /// Compresses with the system's gzip (Foundation on Linux has no gzip).
    static func gzip(_ bytes: [UInt8]) throws -> [UInt8] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("page"), output = folder.appendingPathComponent("page.gz")
        try Data(bytes).write(to: input)
        try #require(FileManager.default.createFile(atPath: output.path, contents: nil))
        let handle = try FileHandle(forWritingTo: output)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: FileManager.default.isExecutableFile(atPath: "/bin/gzip") ? "/bin/gzip" : "/usr/bin/gzip")
        process.arguments = ["-c", "-n", "-9", input.path]
        process.standardOutput = handle
        try process.run()
        process.waitUntilExit()
        try handle.close()
        try #require(process.terminationStatus == 0)
        return Array(try Data(contentsOf: output))
    }
}
