import Testing

@testable import StoryKit

/// Helpers: parse a page given as a string literal.
func parse(_ text: String) throws -> ParsedPage {
    try WirePageParser.parse(Array(text.utf8))
}

func story(_ text: String) throws -> Story {
    try parse(text).story
}

@Suite("Bylines") struct BylineTests {
    @Test(
        arguments: [
            ("by IANS |", "IANS", "IANS"),
            ("By Jane Doe | PTI", "Jane Doe | PTI", "PTI"),
            ("by IANS | Thu, Dec 25, 2025, 02:01 PM", "IANS", "IANS"),
            ("BY Reuters", "Reuters", "Reuters"),
            ("By Jane Doe |", "Jane Doe", nil),
            ("by Jane Doe | Thu, Dec 25, 2025, 02:01 PM", "Jane Doe", nil),
        ] as [(String, String, String?)])
    func bylineNamesAndAgency(line: String, names: String, agency: String?) throws {
        let parsed = try story("Headline\n\n\(line)\n\nBody text here.\n")
        #expect(parsed.byline == names)
        #expect(parsed.agency == agency)
    }

    @Test func bylineTimestampGivesTheDateWithoutADateline() throws {
        let parsed = try story("Headline\nby IANS | Thu, Dec 25, 2025, 11:59 PM\nBody.\n")
        #expect(parsed.date?.description == "2025-12-25")
    }

    @Test func bodySentenceStartingWithByIsNotAByline() throws {
        let parsed = try story("Headline\n\nBy Tuesday the river had risen two metres and the bridge was closed.\n")
        #expect(parsed.byline == nil)
        #expect(parsed.body == ["By Tuesday the river had risen two metres and the bridge was closed."])
    }
}

@Suite("Datelines") struct DatelineTests {
    @Test(
        arguments: [
            ("Seoul, Dec 25 (IANS) The text.", "Seoul", "IANS", 12, 25),
            ("NEW DELHI, Dec. 25 (PTI) - The text.", "NEW DELHI", "PTI", 12, 25),
            ("Kyiv/Moscow, December 25 (AFP) — The text.", "Kyiv/Moscow", "AFP", 12, 25),
            ("Seoul, Dec 25 (Yonhap) -- The text.", "Seoul", "Yonhap", 12, 25),
            ("Lindmark, Jan 4 (ANI): The text.", "Lindmark", "ANI", 1, 4),
            ("Washington, D.C., Sept. 3 (AFP) – The text.", "Washington, D.C.", "AFP", 9, 3),
            ("São Vale, 3 March (EFE) - The text.", "São Vale", "EFE", 3, 3),
        ] as [(String, String, String, Int, Int)])
    func datelineVariants(paragraph: String, place: String, agency: String, month: Int, day: Int) throws {
        let parsed = try story("Headline\n\n\(paragraph)\n\nLatest News\nOther story Mon, Jan 05, 2026, 10:00 AM\n")
        #expect(parsed.place == place)
        #expect(parsed.agency == agency)
        #expect(parsed.date?.month == month)
        #expect(parsed.date?.day == day)
        #expect(parsed.body.first == "The text.")
    }

    @Test func datelessAllCapitalsPlace() throws {
        let parsed = try story("Headline\n\nLONDON (Reuters) - Markets rose.\n")
        #expect(parsed.place == "LONDON")
        #expect(parsed.agency == "Reuters")
        #expect(parsed.date == nil)
        #expect(parsed.body == ["Markets rose."])
    }

    @Test func parenthesesInOrdinaryTextAreNotADateline() throws {
        let parsed = try story("Headline\n\nThe ministry (MEA) said on Monday that talks would resume.\n")
        #expect(parsed.place == nil)
        #expect(parsed.agency == nil)
        #expect(parsed.body == ["The ministry (MEA) said on Monday that talks would resume."])
    }

    @Test func impossibleDayIsNotADate() throws {
        let parsed = try story("Headline\n\nSeoul, Feb 30 (IANS) Text.\n")
        #expect(parsed.place == nil)
    }
}

@Suite("Year of the story's date") struct YearInferenceTests {
    @Test func yearComesFromTheLatestNewsTimestamps() throws {
        let parsed = try story("H\n\nSeoul, Mar 3 (IANS) Text.\n\nLatest News\nOther Tue, Mar 03, 2026, 11:42 PM\n")
        #expect(parsed.date?.description == "2026-03-03")
    }

    @Test func decemberDatelineOnAJanuaryListIsTheEarlierYear() throws {
        let parsed = try story("H\n\nSeoul, Dec 31 (IANS) Text.\n\nLatest News\nOther Thu, Jan 01, 2026, 00:10 AM\nMore Thu, Jan 01, 2026, 12:10 AM\n")
        #expect(parsed.date?.description == "2025-12-31")
    }

    @Test func januaryDatelineOnADecemberListIsTheLaterYear() throws {
        let parsed = try story("H\n\nSeoul, Jan 1 (IANS) Text.\n\nLatest News\nOther Wed, Dec 31, 2025, 11:10 PM\n")
        #expect(parsed.date?.description == "2026-01-01")
    }

    @Test func bylineTimestampWinsOverTheList() throws {
        let parsed = try story("H\nby IANS | Wed, Dec 31, 2025, 11:50 PM\nSeoul, Dec 31 (IANS) Text.\n\nLatest News\nOther Fri, Jan 01, 2027, 10:10 AM\n")
        #expect(parsed.date?.description == "2025-12-31")
    }

    @Test func leapDayNeedsALeapYear() {
        #expect(YearInference.nearest(month: 2, day: 29, to: CalendarDate(year: 2025, month: 3, day: 1)!)?.year == 2024)
    }

    @Test func noTimestampAnywhereLeavesTheDateUnknownWithAWarning() throws {
        let page = try parse("H\n\nSeoul, Dec 31 (IANS) Text.\n")
        #expect(page.story.date == nil)
        #expect(page.warnings == [.unknownYear])
    }
}

@Suite("Body and sign-off") struct BodyTests {
    @Test func hardWrappedParagraphsAreJoinedWithOneSpace() throws {
        let parsed = try story("H\n\nOne line\nwraps here\n   and here.\n\nSecond.\n")
        #expect(parsed.body == ["One line wraps here and here.", "Second."])
    }

    @Test func longLinesAreParagraphsOfTheirOwn() throws {
        let long = String(repeating: "word ", count: 40) + "end."
        let parsed = try story("H\n\n\(long)\n\(long)\n")
        #expect(parsed.body.count == 2)
    }

    @Test(arguments: [
        ("--IANS", "IANS"), ("-- PTI", "PTI"), ("(ANI)", "ANI"), ("—AFP", "AFP"),
        ("--IANS ksk/", "IANS"), ("– Yonhap", "Yonhap"),
    ])
    func signOffLines(line: String, agency: String) throws {
        let parsed = try story("H\n\nText of the story.\n\n\(line)\nksk/vd\n")
        #expect(parsed.signoff == agency)
        #expect(parsed.body == ["Text of the story."])
    }

    @Test func signOffGluedToTheLastParagraph() throws {
        let parsed = try story("H\n\nFirst.\n\nThe official said so. (ANI)\n")
        #expect(parsed.signoff == "ANI")
        #expect(parsed.agency == "ANI")
        #expect(parsed.body == ["First.", "The official said so."])
    }

    @Test func ordinaryClosingParenthesisStaysText() throws {
        let parsed = try story("H\n\nThe show ends at nine (local time)\n")
        #expect(parsed.signoff == nil)
        #expect(parsed.body == ["The show ends at nine (local time)"])
    }

    @Test func agencyFallsBackToTheSignOff() throws {
        let parsed = try story("H\nby Jane Doe |\n\nNo dateline here.\n\n--IANS\n")
        #expect(parsed.agency == "IANS")
    }

    @Test func furnitureIsDroppedAndBreaksParagraphs() throws {
        let parsed = try story(
            """
            Home | News | World | Sport
            Headline
            First part
            Advertisement
            Second part

            Share Facebook Twitter WhatsApp
            * * *
            © 2026 Example Media. All rights reserved.
            """)
        #expect(parsed.headline == "Headline")
        #expect(parsed.body == ["First part", "Second part"])
    }

    @Test func headlineOnlyPageWarnsAboutMissingBody() throws {
        let page = try parse("Just a headline\n")
        #expect(page.story.headline == "Just a headline")
        #expect(page.warnings == [.noBodyText])
    }
}

@Suite("Latest news") struct LatestNewsTests {
    @Test(arguments: ["Latest News", "Also Read", "Related News", "More Stories", "Trending", "LATEST NEWS:"])
    func headings(heading: String) throws {
        let parsed = try story("H\n\nBody.\n\n\(heading)\nRail strike called off Tue, Mar 03, 2026, 11:42 PM\n")
        #expect(parsed.latest == [LatestItem(headline: "Rail strike called off", time: WallClockTime(iso: "2026-03-03T23:42")!)])
        #expect(parsed.body == ["Body."])
    }

    @Test(arguments: [
        ("Noon story Tue, Mar 03, 2026, 12:05 PM", "2026-03-03T12:05"),
        ("Midnight story Tue, Mar 03, 2026, 12:05 AM", "2026-03-03T00:05"),
        ("No weekday Mar 03, 2026, 09:30 PM", "2026-03-03T21:30"),
        ("Twenty-four hour Tue, Mar 03, 2026, 21:30", "2026-03-03T21:30"),
        ("With zone Tue, Mar 03, 2026, 09:30 PM IST", "2026-03-03T21:30"),
        ("Dotted p.m. Tue, Mar 03, 2026 at 9:30 p.m.", "2026-03-03T21:30"),
        ("A headline, with commas, and Mar 2, 2026 Tue, Mar 03, 2026, 09:30 PM", "2026-03-03T21:30"),
    ])
    func timestampForms(line: String, time: String) throws {
        let parsed = try story("H\n\nBody.\n\nLatest News\n\(line)\n")
        #expect(parsed.latest.first?.time?.description == time)
    }

    @Test func headingInsideTheBodyWithoutItemsStaysText() throws {
        let parsed = try story("H\n\nFirst.\n\nTrending\n\nThe hashtag was trending all day.\n")
        #expect(parsed.latest.isEmpty)
        #expect(parsed.body == ["First.", "Trending", "The hashtag was trending all day."])
    }

    @Test func linesWithoutTimestampsAreSkippedWithOneWarning() throws {
        let page = try parse("H\n\nBody.\n\nLatest News\nGood one Tue, Mar 03, 2026, 11:42 PM\nNo time here\nNor here\n")
        #expect(page.story.latest.count == 1)
        #expect(page.warnings == [.skippedLatestNewsLines(count: 2)])
    }

    @Test func invalidClockTimesAreNotTimestamps() throws {
        let page = try parse("H\n\nBody.\n\nLatest News\nBad hour Tue, Mar 03, 2026, 13:42 PM\nOk Tue, Mar 03, 2026, 01:42 PM\n")
        #expect(page.story.latest.map(\.headline) == ["Ok"])
    }
}

@Suite("Text quirks") struct TextQuirkTests {
    @Test func crlfAndBOM() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Head\r\n\r\nBody one\r\ncontinues.\r\n".utf8)
        let parsed = try WirePageParser.parse(bytes).story
        #expect(parsed.headline == "Head")
        #expect(parsed.body == ["Body one continues."])
    }

    @Test func lonelyCarriageReturnsEndLines() throws {
        #expect(try story("Head\r\rBody.\r").body == ["Body."])
    }

    @Test func nonBreakingAndOtherSpacesAreWhiteSpace() throws {
        let parsed = try story("Head\u{A0}line\n\u{A0}\u{2003}\n\tBody\u{3000}text\t\n")
        #expect(parsed.headline == "Head line")
        #expect(parsed.body == ["Body text"])
    }

    @Test func windows1252IsDecodedAndReported() throws {
        let bytes: [UInt8] = Array("Caf".utf8) + [0xE9] + Array(" \u{0}".utf8.dropLast()) + [0x93] + Array("quoted".utf8) + [0x94] + Array("\nBody.\n".utf8)
        let page = try WirePageParser.parse(bytes)
        #expect(page.story.headline == "Café “quoted”")
        #expect(page.warnings == [.decodedAsWindows1252(bytes: 3)])
    }

    @Test func validUTF8BesideStrayLatin1BytesIsKept() throws {
        let bytes: [UInt8] = Array("Crème ".utf8) + [0xE9, 0x0A]
        #expect(try WirePageParser.parse(bytes).story.headline == "Crème é")
    }

    @Test func escapeSequencesAreRemovedWhole() throws {
        let page = try parse("\u{1B}]2;title\u{7}Red \u{1B}[1;31malert\u{1B}[0m\u{7}\nBody.\n")
        #expect(page.story.headline == "Red alert")
        #expect(page.warnings == [.removedControlCharacters(count: 4)])
    }

    @Test func c1ControlsAreRemoved() throws {
        #expect(try story("A\u{9B}31mB\u{85}C\n").headline == "ABC")
    }

    @Test func utf16WithByteOrderMarkIsText() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "Héadline\nBody.\n".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let parsed = try WirePageParser.parse(bytes).story
        #expect(parsed.headline == "Héadline")
        #expect(parsed.body == ["Body."])
    }

    @Test func veryLongFirstLineIsShortenedButKept() throws {
        let line = String(repeating: "tide ", count: 1000).trimmingSuffixSpaces()
        let page = try parse(line)
        #expect(page.story.headline.count <= WirePageParser.headlineLimit + 1)
        #expect(page.story.headline.hasSuffix("…"))
        #expect(page.story.body == [line])
    }
}

@Suite("Rejections") struct RejectionTests {
    @Test(
        arguments: [
            ([], PageRejection.empty),
            (Array(" \n\t\n\u{A0}\n".utf8), .onlyWhiteSpace),
            ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A], .binary(kind: "PNG image")),
            (Array("%PDF-1.7\n".utf8), .binary(kind: "PDF document")),
            (Array(repeating: 0x01, count: 64) + Array("text".utf8), .binary(kind: nil)),
            (Array("Advertisement\nShare\n".utf8), .onlyPageFurniture),
        ] as [([UInt8], PageRejection)])
    func rejected(bytes: [UInt8], rejection: PageRejection) {
        #expect(throws: rejection) { try WirePageParser.parse(bytes) }
    }

    @Test func aStrayNULDoesNotMakeAPageBinary() throws {
        #expect(try WirePageParser.parse(Array("Head\u{0}line\nBody.\n".utf8)).story.headline == "Headline")
    }
}

extension String {
    fileprivate func trimmingSuffixSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
