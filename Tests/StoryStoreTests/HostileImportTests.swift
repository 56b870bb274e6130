import Foundation
import SeededRandom
import StoryKit
import Testing

@testable import StoryStore

/// More than a thousand hostile pages, imported like any others: nothing crashes, every
/// page is either stored or reported with a reason, and the store checks out afterwards.
@Suite struct HostileImportTests {
    /// Deterministic hostile pages: name and bytes.
    static func hostilePages() -> [(String, [UInt8])] {
        var seeded = SplitMix64(seed: 20_261_130)
        var pages: [(String, [UInt8])] = []
        let good = Array(
            "Harbour opens night ferry\n\nby PTI | Tue, Mar 03, 2026, 11:42 PM\n\nPorto Vale, Mar 3 (PTI) The harbour authority opened a night ferry.\n\n--PTI\n\nLatest News\nRail strike called off Tue, Mar 03, 2026, 11:42 PM\n"
                .utf8)
        // Random bytes of many lengths.
        for index in 0..<500 {
            pages.append(("random-\(index)", (0..<Int.random(in: 0...3000, using: &seeded)).map { _ in UInt8.random(in: 0...255, using: &seeded) }))
        }
        // Every truncation point of a good page, and every single-byte corruption of its start.
        for end in 0...good.count { pages.append(("truncated-\(end)", Array(good[..<end]))) }
        for index in 0..<300 {
            var copy = good
            copy[index % good.count] = UInt8.random(in: 0...255, using: &seeded)
            pages.append(("corrupt-\(index)", copy))
        }
        // Every C0 and C1 control, DEL, and escape sequences of every kind, in headline and body.
        for control in Array(0x00...0x1F) + [0x7F] {
            pages.append(("c0-\(control)", Array("Head\(Character(Unicode.Scalar(control)!))line\n\nBody \(Character(Unicode.Scalar(control)!)) text.\n".utf8)))
        }
        for control in 0x80...0x9F {
            pages.append(("c1-\(control)", Array("Head".utf8) + [0xC2, UInt8(control)] + Array("line\n\nBody.\n".utf8)))
        }
        for sequence in [
            "\u{1B}[31m", "\u{1B}]0;title\u{7}", "\u{1B}]2;x\u{1B}\\", "\u{1B}P1$r\u{1B}\\", "\u{1B}_apc\u{1B}\\", "\u{1B}(0", "\u{1B}c", "\u{1B}[?1049h",
            "\u{1B}[6n", "\u{1B}#8",
        ] {
            pages.append(
                (
                    "escape-\(pages.count)",
                    Array("Alarm \(sequence)bells\n\nText \(sequence)here.\n\nLatest News\n\(sequence)Other Tue, Mar 03, 2026, 11:42 PM\n".utf8)
                ))
        }
        // Bidi overrides, zero-width joiner chains, lone surrogates as Latin-1 guesses, NUL bytes.
        pages.append(("bidi", Array("Head \u{202E}enilemoc\u{202C} line\n\nBody \u{2066}isolated\u{2069}.\n".utf8)))
        pages.append(("zwj-chain", Array(("Family " + String(repeating: "👩\u{200D}", count: 5000) + "👧\n\nBody.\n").utf8)))
        pages.append(("surrogates", Array("Head ".utf8) + [0xED, 0xA0, 0x80, 0xED, 0xBF, 0xBF] + Array(" line\n\nBody.\n".utf8)))
        pages.append(("nul-bytes", Array("Head\u{0}line\n\nBo\u{0}dy.\n".utf8)))
        pages.append(("invalid-utf8", [0xC0, 0xAF, 0xE0, 0x80, 0xAF, 0xF8, 0x88, 0x80, 0x80, 0x80, 0x0A] + Array("Body.\n".utf8)))
        // Huge shapes: a line past the size limit, a list of 100,000 items, headings repeated.
        pages.append(("ten-megabyte-line", Array(repeating: UInt8(ascii: "x"), count: 10 << 20)))
        var list = "Hundred thousand items\n\nBody.\n\nLatest News\n"
        for index in 0..<100_000 { list += "Story \(index) Tue, Mar 03, 2026, 11:42 PM\n" }
        pages.append(("hundred-thousand-items", Array(list.utf8)))
        pages.append(("repeated-headings", Array(("Headline\n\n" + String(repeating: "Latest News\nTrending\nAlso Read\n", count: 50_000)).utf8)))
        return pages
    }

    @Test func hostilePagesAreStoredOrRefusedWithAReason() throws {
        let temporary = try TemporaryStore()
        let pages = Self.hostilePages()
        #expect(pages.count >= 1000)
        for (name, bytes) in pages {
            try Data(bytes).write(to: URL(fileURLWithPath: temporary.pages + "/\(name).txt"))
        }
        let store = try temporary.open()
        var outcomes = 0
        let summary = store.importPages([temporary.pages], onOutcome: { _ in outcomes += 1 })
        #expect(outcomes == pages.count)
        #expect(summary.new + summary.updated + summary.unchanged + summary.failed == pages.count)
        #expect(summary.stoppedBecause == nil)
        for failure in summary.failures {
            guard case .failed(let reason) = failure.kind else { continue }
            #expect(!reason.isEmpty, "\(failure.file) failed without a reason")
        }
        #expect(summary.failures.contains { $0.file.hasSuffix("ten-megabyte-line.txt") && "\($0.kind)".contains("too large") })
        let longList = store.catalog.entries.first { store.catalog.headline($0) == "Hundred thousand items" }
        #expect(longList.map { Int($0.linkCount) } == 65_535, "the catalog keeps the first 65,535 links of a list")
        let report = store.check(repair: false)
        #expect(report.problems.isEmpty, "\(report.problems.prefix(5))")
        // Nothing stored carries a control character into the catalog.
        for entry in store.catalog.entries {
            #expect(!store.catalog.headline(entry).unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        }
    }
}
