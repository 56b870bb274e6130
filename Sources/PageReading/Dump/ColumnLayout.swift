/// Reads the columns of a table layout one after the other.
///
/// A text browser lays a page's table cells side by side: the article's column and a
/// sidebar's share every line, the article's paragraph on the left and a list of links on
/// the right, so that neither reads as what it is. A column shows as a gap (two or more
/// spaces, or a table border) that starts the same character column on line after line;
/// a gap that occurs once is a wide space inside a line and is left alone. Within a block
/// of lines that share such gaps, each column is read top to bottom before the next.
enum ColumnLayout {
    /// The page's lines in reading order, each column of a table block on lines of its own.
    static func lines(of text: String) -> [DumpLine] {
        let rows = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(Row.init)
        var lines: [DumpLine] = []
        lines.reserveCapacity(rows.count)
        var next = 0
        for block in blocks(boundarySpans(rows)) {
            for row in rows[next..<block.lines.lowerBound] { lines.append(DumpLine(row.text(in: 0..<row.cells.count))) }
            let following = rows[(block.lines.upperBound + 1)...].prefix(3).first { !$0.cellRanges.isEmpty }
            lines += read(rows[block.lines], boundaries: block.boundaries.sorted(), following: following)
            next = block.lines.upperBound + 1
        }
        for row in rows[next...] { lines.append(DumpLine(row.text(in: 0..<row.cells.count))) }
        return lines
    }

    /// Lines that overlapping boundaries divide, and those boundaries.
    private struct Block {
        var lines: ClosedRange<Int>
        var boundaries: Set<Int>
    }

    /// The spans merged where they share lines, in page order.
    private static func blocks(_ spans: [Span]) -> [Block] {
        var blocks: [Block] = []
        for span in spans.sorted(by: { $0.lines.lowerBound < $1.lines.lowerBound }) {
            if var last = blocks.last, span.lines.lowerBound <= last.lines.upperBound {
                last.lines = last.lines.lowerBound...max(last.lines.upperBound, span.lines.upperBound)
                last.boundaries.insert(span.column)
                blocks[blocks.count - 1] = last
            } else {
                blocks.append(Block(lines: span.lines, boundaries: [span.column]))
            }
        }
        return blocks
    }

    /// A column boundary and the lines it divides.
    private struct Span {
        let column: Int
        let lines: ClosedRange<Int>
    }

    /// Lines between which a sidebar's line is this far apart at most still form one block.
    private static let maximumGap = 12
    /// How far left of its column's edge a cell may start: a bullet, a centred line.
    private static let slack = 4
    /// Lines that must show a boundary for it to be a column and not a wide space.
    private static let minimumSupport = 3

    /// The boundaries that recur: a gap before the same column, with text on both sides, on
    /// at least three lines close together, none of the lines between running across it.
    /// Only the lines between two such lines are looked at, so the work stays linear.
    private static func boundarySpans(_ rows: [Row]) -> [Span] {
        var support: [Int: [Int]] = [:]
        for (index, row) in rows.enumerated() {
            for column in row.innerCellStarts { support[column, default: []].append(index) }
        }
        var spans: [Span] = []
        for (column, indices) in support where indices.count >= minimumSupport {
            var first = indices[0]
            var last = first
            var count = 1
            func close() {
                if count >= minimumSupport { spans.append(Span(column: column, lines: first...last)) }
            }
            for index in indices.dropFirst() {
                if index - last > maximumGap || !rows[(last + 1)..<index].allSatisfy({ $0.isOpen(at: column) }) {
                    close()
                    first = index
                    count = 0
                }
                last = index
                count += 1
            }
            close()
        }
        return spans
    }

    /// A block's columns one after the other, each as its lines with a cell's wrapped lines
    /// run together, and a blank line after each column. Inside a table every gap divides
    /// cells, and a cell belongs to the column it starts in: a centred or indented cell
    /// starts a little to the right of its column's edge.
    ///
    /// The column that the line after the block continues (the article running on below
    /// a sidebar that ended) is read last, so that its two parts meet.
    private static func read(_ rows: ArraySlice<Row>, boundaries: [Int], following: Row?) -> [DumpLine] {
        // The number of boundaries at or left of the cell's start (with slack), by bisection:
        // a wide table can have hundreds of boundaries and every cell is looked up.
        func column(of cell: Range<Int>) -> Int {
            var low = 0
            var high = boundaries.count
            while low < high {
                let middle = (low + high) / 2
                if boundaries[middle] <= cell.lowerBound + slack { low = middle + 1 } else { high = middle }
            }
            return low
        }
        var columns = [[String]](repeating: [], count: boundaries.count + 1)
        for row in rows {
            var pieces = [String](repeating: "", count: columns.count)
            for cell in row.cellRanges {
                let column = column(of: cell)
                let text = row.text(in: cell)
                pieces[column] = pieces[column].isEmpty ? text : pieces[column] + " " + text
            }
            for index in columns.indices { columns[index].append(pieces[index]) }
        }
        var lines: [DumpLine] = []
        if let first = following?.cellRanges.first {
            columns.append(columns.remove(at: column(of: first)))
        }
        for column in columns {
            // A cell's text wraps at the column's width, which most of its lines nearly fill
            // (the widest may run on past a sidebar that ended); a line well short of it (a
            // headline above its date) ended where its writer ended it.
            let lengths = column.map(\.count).filter { $0 > 0 }.sorted()
            let width = lengths.isEmpty ? 0 : lengths[lengths.count / 2]
            var current = ""
            var previous = ""
            for piece in column {
                if piece.isEmpty {
                    if !current.isEmpty { lines.append(DumpLine(current, isColumn: true)) }
                    current = ""
                    lines.append(DumpLine(""))
                } else if current.isEmpty {
                    current = piece
                } else if previous.count * 3 < width * 2 || DumpLine.endsLikeSentence(current) || DumpLine.startsLikeItem(piece) {
                    lines.append(DumpLine(current, isColumn: true))
                    current = piece
                } else {
                    current += " " + piece
                }
                previous = piece
            }
            if !current.isEmpty { lines.append(DumpLine(current, isColumn: true)) }
            lines.append(DumpLine(""))
        }
        return lines
    }

    /// One line of the dump as the text browser's character cells: a wide (East Asian)
    /// character takes two, and a table border is a gap like the spaces around it.
    private struct Row {
        let cells: [Unicode.Scalar]
        /// Columns where a cell starts after a gap and after text: a column's left edge.
        let innerCellStarts: [Int]

        static let border: Unicode.Scalar = "\u{1}"
        static let filler: Unicode.Scalar = "\u{0}"
        private var slack: Int { ColumnLayout.slack }

        init(_ raw: Substring) {
            var cells: [Unicode.Scalar] = []
            cells.reserveCapacity(raw.unicodeScalars.count)
            for scalar in raw.unicodeScalars {
                if (0x2500...0x257F).contains(scalar.value) {
                    cells.append(Self.border)
                } else if scalar == "\t" || scalar == "\u{A0}" {
                    cells.append(" ")
                } else {
                    cells.append(scalar)
                    if DumpLine.isWide(scalar) { cells.append(Self.filler) }
                }
            }
            var starts: [Int] = []
            var seenText = false
            for index in cells.indices where !Self.isGap(cells[index]) {
                if seenText && index >= 2 && (cells[index - 1] == Self.border || Self.isGap(cells[index - 1]) && Self.isGap(cells[index - 2])) {
                    starts.append(index)
                }
                seenText = true
            }
            self.cells = cells
            innerCellStarts = starts
        }

        /// The stretches of text between gaps.
        var cellRanges: [Range<Int>] {
            var ranges: [Range<Int>] = []
            var start: Int?
            var end = 0
            for index in cells.indices where !Self.isGap(cells[index]) {
                if let current = start, index > end + 1 && (cells[index - 1] == Self.border || Self.isGap(cells[index - 2])) {
                    ranges.append(current..<end + 1)
                    start = nil
                }
                if start == nil { start = index }
                end = index
            }
            if let start { ranges.append(start..<end + 1) }
            return ranges
        }

        private static func isGap(_ scalar: Unicode.Scalar) -> Bool {
            scalar == " " || scalar == border
        }

        /// Nothing runs across the column from further left: the line ends before it, or a
        /// gap comes at most `slack` cells before it (a bullet or an indent of the column's own).
        func isOpen(at column: Int) -> Bool {
            guard column < cells.count else { return true }
            for index in stride(from: column - 1, through: max(1, column - slack - 1), by: -1)
            where cells[index] == Self.border || Self.isGap(cells[index]) && Self.isGap(cells[index - 1]) {
                return true
            }
            return false
        }

        /// The text of the cells in `range`, with borders and fillers gone and white space trimmed.
        func text(in range: Range<Int>) -> String {
            guard range.lowerBound < range.upperBound else { return "" }
            var scalars = String.UnicodeScalarView()
            for scalar in cells[range] where scalar != Self.filler {
                scalars.append(scalar == Self.border ? " " : scalar)
            }
            return String(scalars).trimmingSpaces
        }
    }
}
