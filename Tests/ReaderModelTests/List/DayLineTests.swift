import ReaderModel
import ReaderTestSupport
import StoryKit
import TerminalKit
import Testing

/// The list in time order: a line naming each day, times in the rows, through keys.
@Suite struct DayLineTests {
    /// The drawn list line that is reversed (the selection), and the list's lines.
    private func screen(_ state: ReaderState) -> (selected: String?, lines: [String]) {
        let buffer = ScreenRenderer().render(state, width: state.viewport.width, height: state.viewport.height)
        let layout = ScreenLayout.make(width: state.viewport.width, height: state.viewport.height, screen: state.screen)
        let list = layout.list!
        let lines = (list.y..<list.maxY).map { String(buffer.lines[$0].prefix(list.width)) }
        let selected = (list.y..<list.maxY).first { buffer.styleMask[$0].prefix(list.width).contains("R") }.map { lines[$0 - list.y] }
        return (selected, lines)
    }

    @Test func jWalksTheWholeListAndTheSelectionIsAlwaysDrawn() {
        var state = makeState(width: 80, height: 14)
        for step in 0..<state.order.count {
            let (selected, lines) = screen(state)
            let headline = state.selectedSummary!.headline
            #expect(selected?.contains(String(headline.prefix(12))) == true, "step \(step): \(headline) not drawn selected in \(lines)")
            #expect(lines.first?.hasPrefix("── ") == true, "the first line names the day of the first row drawn")
            press(&state, .character("j"))
        }
        #expect(state.list.selection == state.order.count - 1)
        // Back up a page, then to the top.
        press(&state, .pageUp)
        #expect(state.list.selection == state.order.count - state.viewport.listRows)
        #expect(screen(state).selected?.contains(String(state.selectedSummary!.headline.prefix(12))) == true)
        press(&state, .character("g"))
        #expect(state.list.selection == 0 && state.list.top == 0)
        #expect(screen(state).selected?.contains("Han River") == true)
    }

    @Test func rowsShowTimesUnderTheirDayAndAnEstimateIsMarked() {
        let state = makeState(width: 120, height: 40)
        let lines = screen(state).lines
        #expect(lines[0].hasPrefix("── Sunday 4 January 2026 ──"))
        #expect(lines[1].contains(" 20:45 IANS    Han River bridge lights"))
        #expect(lines[2].contains("~17:31 ANI     Café owners"))
        #expect(lines[3].contains(" 17:30 AFP     Lindmark glassworks"))
        #expect(lines[7].contains("       AFP     Cold spell"), "a story known only by its day shows no time")
        #expect(lines[8].hasPrefix("── Saturday 3 January 2026 ──"))
    }

    @Test func todayAndYesterdayAreNamedAndOtherSortsShowTimesOnlyForThem() {
        var state = ReaderState(
            library: FixtureLibrary.library(), viewport: ScreenLayout.viewport(width: 120, height: 40), today: CalendarDate(year: 2026, month: 1, day: 5))
        #expect(screen(state).lines[0].hasPrefix("── Yesterday · Sunday 4 January 2026 ──"))
        send(&state, .dayChanged(CalendarDate(year: 2026, month: 1, day: 4)!))
        #expect(screen(state).lines[0].hasPrefix("── Today · Sunday 4 January 2026 ──"))
        // By agency there are no day lines: today's rows show the time, older ones the date.
        press(&state, .character("o"), .character("o"), .character("g"))
        #expect(state.list.sort == .byAgency)
        let lines = screen(state).lines
        #expect(!lines.contains { $0.hasPrefix("── ") })
        #expect(lines.contains { $0.contains(" 17:30 AFP     Lindmark glassworks takes") })
        #expect(lines.contains { $0.contains(" 08:55 AFP     First train crosses") }, "yesterday shows the time too")
        #expect(lines.contains { $0.contains("Jan 02 AFP     Night market returns") })
    }
}
