import Foundation
import Testing

@Suite struct ParseCommandTests {
    @Test func jsonLinesForEveryFileAndStatusOneWhenAnyFails() throws {
        let good = "fixtures/pages/hostile-no-byline.txt"
        let empty = "fixtures/pages/hostile-empty.txt"
        let output = try CommandRunner.run(["parse", "--json", good, "fixtures/pages/does-not-exist.txt", empty])
        #expect(output.status == 1)
        let lines = output.stdout.split(separator: "\n").map(String.init)
        try #require(lines.count == 3)
        let first = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any]
        #expect(first?["file"] as? String == good)
        #expect(first?["headline"] as? String == "Night market returns to the old tram depot")
        #expect(first?["byline"] is NSNull)
        #expect(lines[1] == #"{"file":"fixtures/pages/does-not-exist.txt","error":"no such file"}"#)
        #expect(lines[2] == #"{"file":"fixtures/pages/hostile-empty.txt","error":"empty file"}"#)
    }

    @Test func jsonKeysAreExactlyTheContractInOrder() throws {
        let output = try CommandRunner.run(["parse", "--json", "fixtures/pages/hostile-year-boundary.txt"])
        #expect(output.status == 0)
        let keys = ["file", "headline", "byline", "place", "agency", "date", "body", "signoff", "latest", "warnings"]
        var position = output.stdout.startIndex
        for key in keys {
            let range = try #require(output.stdout.range(of: "\"\(key)\":", range: position..<output.stdout.endIndex), "key \(key)")
            position = range.upperBound
        }
    }

    @Test func summaryIsReadableAndErrorsGoToStandardError() throws {
        let output = try CommandRunner.run(["parse", "fixtures/pages/hostile-crlf-bom.txt", "fixtures/pages/hostile-png-image.txt"])
        #expect(output.status == 1)
        #expect(output.stdout.contains("headline: Snow closes mountain pass for the night"))
        #expect(output.stdout.contains("dateline: Seoul 2026-01-03 (Yonhap)"))
        #expect(output.stdout.contains("2026-01-03 11:10  Busan fish market auctions first tuna of the year"))
        #expect(output.stderr == "byline: fixtures/pages/hostile-png-image.txt: not a text file (PNG image)\n")
    }

    @Test func directoriesAreReportedNotCrashedOn() throws {
        let output = try CommandRunner.run(["parse", "--json", "fixtures"])
        #expect(output.status == 1)
        #expect(output.stdout == #"{"file":"fixtures","error":"is a directory"}"# + "\n")
    }

    @Test func aFileNameWithEscapesIsShownSafely() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("byline-names-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // Names that set the window title and ring the bell if printed as they are.
        let page = folder.appendingPathComponent("\u{1B}]0;owned\u{07}page.txt").path
        let empty = folder.appendingPathComponent("\u{1B}[2Jempty\u{202E}.txt").path
        try FileManager.default.copyItem(atPath: "fixtures/pages/hostile-no-byline.txt", toPath: page)
        _ = FileManager.default.createFile(atPath: empty, contents: Data())
        let output = try CommandRunner.run(["parse", page, empty])
        #expect(output.status == 1)
        for text in [output.stdout, output.stderr] {
            #expect(!text.unicodeScalars.contains { $0 != "\n" && ($0.value < 0x20 || $0.value == 0x7F || $0 == "\u{202E}") }, "\(text.debugDescription)")
        }
        #expect(output.stdout.contains("\u{241B}]0;owned\u{2407}page.txt"))
        #expect(output.stderr.contains("\u{241B}[2Jempty\u{FFFD}.txt: empty file"))
    }
}
