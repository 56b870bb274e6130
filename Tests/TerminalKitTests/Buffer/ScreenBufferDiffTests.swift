import TerminalKit
import Testing

/// The diff of two buffers, as the backend presents it: only what changed is drawn.
@Suite struct ScreenBufferDiffTests {
    private func buffer(_ lines: [String]) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: lines.map(\.count).max() ?? 0, height: lines.count)
        for (row, line) in lines.enumerated() { buffer.put(line, x: 0, y: row) }
        return buffer
    }

    private func places(_ changes: [CellChange]) -> [String] {
        changes.map { "\($0.x),\($0.y) \($0.cell.text)" }
    }

    @Test func withoutAPreviousScreenEveryCellIsDrawn() {
        let changes = buffer(["ab", "cd"]).changes(from: nil)
        #expect(places(changes) == ["0,0 a", "1,0 b", "0,1 c", "1,1 d"])
    }

    @Test func onlyChangedCellsAndTheCellBeforeAChangeAreDrawn() {
        let changes = buffer(["abcd", "efgh"]).changes(from: buffer(["abcd", "efXh"]))
        // "f" is drawn again: its right neighbour changed, and a wide grapheme in "f"'s place could have covered it.
        #expect(places(changes) == ["1,1 f", "2,1 g"])
    }

    @Test func theSameScreenDrawsNothing() {
        #expect(buffer(["same", "text"]).changes(from: buffer(["same", "text"])).isEmpty)
    }

    @Test func aWideGraphemeIsOneChangeAndItsContinuationNone() {
        let changes = buffer(["東a"]).changes(from: buffer(["xya"]))
        #expect(places(changes) == ["0,0 東"])
    }

    @Test func aStyleChangeIsAChange() {
        var styled = buffer(["ab"])
        styled.restyle(Rect(x: 1, y: 0, width: 1, height: 1)) { _ in .selection }
        #expect(places(styled.changes(from: buffer(["ab"]))) == ["0,0 a", "1,0 b"])
    }

    @Test func aScreenOfAnotherSizeIsDrawnWhole() {
        #expect(buffer(["ab"]).changes(from: buffer(["abc"])).count == 2)
    }
}
