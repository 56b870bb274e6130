import Testing

@testable import PageReading

/// Text from pages folded for reading: runs of white space become one space, controls
/// and terminal escapes go, and everything else (ASCII or not) is kept as it was.
@Suite struct CleanTextTests {
    @Test(arguments: [
        ("Night ferry  returns\n\t to the  islands", "Night ferry returns to the islands"),
        ("  leading and trailing  ", " leading and trailing "),
        ("Café\u{00A0}Östra — 9°C", "Café Östra — 9°C"),
        ("red\u{1B}[31m alert\u{1B}]0;title\u{07} ends", "red alert ends"),
        ("soft\u{00AD}hyphen and\u{FEFF}mark\u{0007}bell", "softhyphen andmarkbell"),
        ("東京\u{3000}都", "東京 都"),
        ("", ""),
    ])
    func foldingKeepsTheTextAndDropsTheDebris(text: String, folded: String) {
        #expect(CleanText.folded(text) == folded)
    }

    @Test func textThatIsAlreadyCleanComesBackUnchanged() {
        let clean = "The harbour authority said the ferry would run four times a night."
        #expect(CleanText.folded(clean) == clean)
    }
}
