import ReaderModel
import StoryKit
import Testing

@testable import TerminalKit

@Suite struct DisplayWidthTests {
    @Test(arguments: [
        ("a", 1), ("東", 2), ("한", 2), ("🎆", 2), ("👩‍👩‍👧", 2), ("e\u{301}", 1), ("\u{301}", 0),
        ("Ａ", 2), ("❤️", 2), ("👍🏽", 2), ("\u{200B}", 0), ("é", 1),
    ])
    func graphemeWidths(text: String, width: Int) {
        #expect(DisplayWidth.of(Character(text)) == width)
    }
}

@Suite struct WrapTests {
    @Test func linesNeverExceedTheWidth() {
        let text = "Harbour authority opens night ferry between Porto Vale and the islands, ending a decade of early last boats."
        for width in 1...40 {
            let lines = TextWrapper.wrap(text, width: width)
            #expect(lines.allSatisfy { DisplayWidth.of($0) <= width }, "width \(width)")
            #expect(lines.joined(separator: "").filter { $0 != " " } == text.filter { $0 != " " }, "width \(width) lost text")
        }
    }

    @Test func breaksAtSpaces() {
        #expect(TextWrapper.wrap("one two three four", width: 9) == ["one two", "three", "four"])
    }

    @Test func cjkBreaksBetweenCharactersAndNeverSplitsOne() {
        let lines = TextWrapper.wrap("冬祭りが金曜日に開幕した", width: 7)
        #expect(lines == ["冬祭り", "が金曜", "日に開", "幕した"])
    }

    @Test func longWordsBreakInsideOnlyWhenTheyMust() {
        #expect(TextWrapper.wrap("a supercalifragilistic word", width: 8) == ["a", "supercal", "ifragili", "stic", "word"])
    }

    @Test func combiningMarksStayWithTheirLetter() {
        let lines = TextWrapper.wrap("cre\u{300}me bru\u{302}le\u{301}e", width: 6)
        #expect(lines == ["cre\u{300}me", "bru\u{302}le\u{301}e"])
    }

    @Test func truncationEndsWithAnEllipsisAtACellBoundary() {
        #expect(TextWrapper.truncate("Harbour authority", width: 8) == "Harbour…")
        #expect(TextWrapper.truncate("東京で冬祭り", width: 6) == "東京…")
        #expect(DisplayWidth.of(TextWrapper.truncate("東京で冬祭り", width: 6)) <= 6)
        #expect(TextWrapper.truncate("short", width: 8) == "short")
    }
}

@Suite struct ScreenBufferTests {
    @Test func aWideCharacterThatWouldStraddleTheEdgeBecomesABlank() {
        var buffer = ScreenBuffer(width: 5, height: 1)
        buffer.put("abcd東", x: 0, y: 0)
        #expect(buffer.lines == ["abcd "])
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var buffer = ScreenBuffer(width: 4, height: 1)
        buffer.put("東京", x: 0, y: 0)
        buffer.put("x", x: 1, y: 0)
        #expect(buffer.lines == [" x京"])
    }

    @Test func controlCharactersAndEscapesAreShownNotSent() {
        var buffer = ScreenBuffer(width: 30, height: 1)
        buffer.put("a\u{1B}[31mb\u{7}c\u{9B}d\u{202E}e", x: 0, y: 0)
        #expect(buffer.lines[0].hasPrefix("a␛[31mb␇c\u{FFFD}d\u{FFFD}e"))
        #expect(!buffer.cells.contains { $0.text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0.value == 0x202E } })
    }

    @Test func drawingOffTheScreenIsClipped() {
        var buffer = ScreenBuffer(width: 3, height: 2)
        buffer.put("hello", x: 1, y: 1)
        buffer.put("nope", x: 0, y: 5)
        #expect(buffer.lines == ["   ", " he"])
    }
}

@Suite struct LayoutTests {
    @Test(arguments: [
        (200, 60, ScreenLayout.Arrangement.sideBySide), (120, 40, .sideBySide), (100, 30, .sideBySide),
        (99, 30, .stacked), (80, 24, .stacked), (60, 12, .stacked), (59, 24, .singlePane), (80, 11, .singlePane),
        (40, 12, .singlePane), (20, 6, .singlePane),
    ])
    func arrangementFollowsTheSize(width: Int, height: Int, arrangement: ScreenLayout.Arrangement) {
        let layout = ScreenLayout.make(width: width, height: height, screen: .browse)
        #expect(layout.arrangement == arrangement)
        let rects = [layout.title, layout.list, layout.divider, layout.story, layout.status].compactMap { $0 }
        for rect in rects { #expect(rect.x >= 0 && rect.y >= 0 && rect.maxX <= width && rect.maxY <= height) }
        for (index, a) in rects.enumerated() {
            for b in rects.dropFirst(index + 1) where !a.isEmpty && !b.isEmpty {
                let overlaps = a.x < b.maxX && b.x < a.maxX && a.y < b.maxY && b.y < a.maxY
                #expect(!overlaps, "\(a) overlaps \(b) at \(width)×\(height)")
            }
        }
    }

    @Test(arguments: [(1, 1), (0, 0), (2, 1), (1, 3), (300, 100)])
    func oddSizesStillLayOut(width: Int, height: Int) {
        for screen in [ReaderState.Screen.browse, .reader] {
            let layout = ScreenLayout.make(width: width, height: height, screen: screen)
            for rect in [layout.title, layout.list, layout.story, layout.status].compactMap({ $0 }) {
                #expect(rect.maxX <= max(0, width) && rect.maxY <= max(0, height))
            }
        }
    }
}
