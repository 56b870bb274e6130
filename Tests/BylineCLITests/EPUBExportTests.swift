import Foundation
import Testing

/// `byline export --format epub`: a book epubcheck accepts, its chapters a day each in order.
@Suite struct EPUBExportTests {
    static let epubcheck = "/usr/bin/epubcheck"

    @Test(.enabled(if: FileManager.default.fileExists(atPath: epubcheck), "needs Debian's epubcheck"))
    func theBookPassesEpubcheckAndOpensItsDaysInOrder() throws {
        let folder = try PageFolder(count: 0)
        _ = try CommandRunner.run(["import", "--store", folder.store, "fixtures/pages"])
        let book = folder.root + "/news.epub"
        // The hostile fixtures (control characters, bidi overrides, a megabyte line) go in too.
        let exported = try CommandRunner.run(["export", "--store", folder.store, "--format", "epub", "--output", book])
        #expect(exported.status == 0, "\(exported.stderr)")
        #expect(exported.stderr.contains("wrote 56 stories in"))
        let checked = try CommandRunner.runProgram("/usr/bin/java", ["-jar", Self.epubcheck, book])
        #expect(checked.status == 0, "\(checked.stdout)\(checked.stderr)")
        #expect(checked.stdout.contains("No errors or warnings detected"))
        // The container starts with its mimetype, and the spine lists the days oldest first.
        let entries = try CommandRunner.runProgram("/usr/bin/unzip", ["-Z1", book]).stdout.split(separator: "\n")
        #expect(entries.first == "mimetype")
        let package = try CommandRunner.runProgram("/usr/bin/unzip", ["-p", book, "OEBPS/content.opf"]).stdout
        let spine = package.components(separatedBy: "<itemref idref=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(spine.first == "day-1" && spine.count >= 5)
        let headings = try spine.map { item in
            try CommandRunner.runProgram("/usr/bin/unzip", ["-p", book, "OEBPS/\(item).xhtml"]).stdout.components(separatedBy: "<h1>")[1].prefix { $0 != "<" }
        }
        #expect(headings.first == "Saturday 27 December 2025", "\(headings)")
        #expect(headings.last == "Undated")
        let navigation = try CommandRunner.runProgram("/usr/bin/unzip", ["-p", book, "OEBPS/nav.xhtml"]).stdout
        #expect(navigation.contains("<a href=\"day-1.xhtml\">Saturday 27 December 2025</a>"))
        #expect(navigation.contains("Han River bridge lights to stay on through January</a>"))
        withExtendedLifetime(folder) {}
    }

    @Test func aSavedSearchPicksTheStoriesAndAMissingOneSaysSo() throws {
        let folder = try PageFolder(count: 0)
        _ = try CommandRunner.run(["import", "--store", folder.store, "fixtures/pages"])
        let config = folder.root + "/config.toml"
        try "[searches]\n\"Glassworks\" = \"headline:glassworks\"\n".write(toFile: config, atomically: true, encoding: .utf8)
        let book = folder.root + "/glass.epub"
        let exported = try CommandRunner.run([
            "export", "--store", folder.store, "--config", config, "--format", "epub", "--saved-search", "Glassworks", "-o", book,
        ])
        #expect(exported.stderr.contains("wrote 3 stories in 3 chapters"), "\(exported.stderr)")
        let missing = try CommandRunner.run(["export", "--store", folder.store, "--config", config, "--format", "epub", "--saved-search", "Nope", "-o", book])
        #expect(missing.status == 1 && missing.stderr.contains("no saved search is called “Nope”"))
        let noFile = try CommandRunner.run(["export", "--store", folder.store, "--format", "epub"])
        #expect(noFile.status == 64 && noFile.stderr.contains("name it with --output"))
        withExtendedLifetime(folder) {}
    }
}
