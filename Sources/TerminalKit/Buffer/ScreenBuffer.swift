import StoryKit

/// The whole screen as cells: what views draw into and the backend presents.
///
/// Every string drawn passes through `SafeText`, so no control character or
/// escape sequence from a story can ever reach the terminal.
public struct ScreenBuffer: Hashable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * width + x]
    }

    /// Fills a rectangle with blanks in a style.
    public mutating func fill(_ rect: Rect, style: Style = .normal) {
        for row in max(0, rect.y)..<min(height, rect.maxY) {
            for column in max(0, rect.x)..<min(width, rect.maxX) {
                cells[row * width + column] = Cell(text: " ", width: 1, style: style)
            }
        }
    }

    /// Draws text from (x, y), never past `limit` (exclusive column) or the screen edge.
    /// A wide grapheme that would straddle the limit is replaced by a blank.
    /// Returns the column after the last cell drawn.
    @discardableResult
    public mutating func put(_ text: some StringProtocol, x: Int, y: Int, style: Style = .normal, limit: Int? = nil) -> Int {
        guard y >= 0, y < height else { return x }
        let end = min(width, limit ?? width)
        var column = x
        for safe in SafeText.sanitised(String(text)) {
            guard column < end else { break }
            let cellWidth = DisplayWidth.of(safe)
            if cellWidth == 0 {
                // A combining mark with nothing to combine with: attach it to the previous cell.
                if column > x, column - 1 >= 0 {
                    var previous = column - 1
                    while previous > 0 && cells[y * width + previous].isContinuation { previous -= 1 }
                    cells[y * width + previous].text.append(contentsOf: String(safe))
                }
                continue
            }
            if column < 0 { column += cellWidth; continue }
            if cellWidth == 2 && column + 1 >= end {
                cells[y * width + column] = Cell(text: " ", width: 1, style: style)
                column += 1
                break
            }
            clearWideNeighbours(x: column, y: y, width: cellWidth)
            cells[y * width + column] = Cell(text: String(safe), width: UInt8(cellWidth), style: style)
            if cellWidth == 2 { cells[y * width + column + 1] = Cell(text: "", width: 0, style: style) }
            column += cellWidth
        }
        return column
    }

    /// Overwriting half of a wide grapheme blanks its other half, so no half character stays.
    private mutating func clearWideNeighbours(x: Int, y: Int, width cellWidth: Int) {
        let index = y * width + x
        if cells[index].isContinuation && x > 0 { cells[index - 1] = Cell(text: " ", width: 1, style: cells[index - 1].style) }
        let after = x + cellWidth
        if after < width && cells[y * width + after].isContinuation {
            cells[y * width + after] = Cell(text: " ", width: 1, style: cells[y * width + after].style)
        }
    }

    /// Restyles cells without changing their text (selection bars, highlights).
    public mutating func restyle(_ rect: Rect, _ transform: (Style) -> Style) {
        for row in max(0, rect.y)..<min(height, rect.maxY) {
            for column in max(0, rect.x)..<min(width, rect.maxX) {
                cells[row * width + column].style = transform(cells[row * width + column].style)
            }
        }
    }

    /// The cells to draw to turn a screen showing `previous` into this one, row by row:
    /// every cell that changed, and a cell whose right neighbour changed (a wide grapheme
    /// there may have covered it). Every cell when there is no previous screen or it has
    /// another size. Continuation cells are never named: drawing a wide grapheme fills them.
    public func changes(from previous: ScreenBuffer?) -> [CellChange] {
        let previous = previous.flatMap { $0.width == width && $0.height == height ? $0 : nil }
        var changes: [CellChange] = []
        for y in 0..<height {
            for x in 0..<width {
                let current = self[x, y]
                if current.isContinuation { continue }
                if let previous, previous[x, y] == current, x + 1 >= width || previous[x + 1, y] == self[x + 1, y] { continue }
                changes.append(CellChange(x: x, y: y, cell: current))
            }
        }
        return changes
    }

    /// The screen as lines of text, as a person would see it (for snapshots and tests).
    public var lines: [String] {
        (0..<height).map { row in
            var line = ""
            for column in 0..<width where !self[column, row].isContinuation { line += self[column, row].text }
            return line
        }
    }

    /// One letter per cell showing its style (see `Style.maskLetter`); wide cells repeat theirs.
    public var styleMask: [String] {
        (0..<height).map { row in
            String(
                (0..<width).map { column in
                    let cell = self[column, row]
                    return cell.isContinuation && column > 0 ? self[column - 1, row].style.maskLetter : cell.style.maskLetter
                })
        }
    }
}
