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
            lines += read(rows[block.lines], boundaries: block.boundaries.sorted())
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
    /// Lines that must show a boundary for it to be a column and not a wide space.
    private static let minimumSupport = 3
    /// Boundaries looked at: the commonest, so that the work stays linear in the page.
    private static let candidateLimit = 8

    /// The boundaries that recur: a gap before the same column, with text on both sides, on
    /// at least three lines close together, none of the lines between running across it.
    private static func boundarySpans(_ rows: [Row]) -> [Span] {
        var counts: [Int: Int] = [:]
        for row in rows {
            for column in row.innerCellStarts { counts[column, default: 0] += 1 }
        }
        let candidates = counts.filter { $0.value >= minimumSupport }
            .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .prefix(candidateLimit)
            .map(\.key)
        var spans: [Span] = []
        for column in candidates {
            var first: Int?
            var last = 0
            var support = 0
            func close() {
                if let first, support >= minimumSupport { spans.append(Span(column: column, lines: first...last)) }
                first = nil
                support = 0
            }
            for (index, row) in rows.enumerated() {
                if !row.isOpen(at: column) {
                    close()
                    continue
                }
                guard row.innerCellStarts.contains(column) else { continue }
                if first != nil && index - last > maximumGap { close() }
                if first == nil { first = index }
                last = index
                support += 1
            }
            close()
        }
        return spans
    }

    /// A block's columns one after the other, each as its lines with a cell's wrapped lines
    /// run together, and a blank line after each column. A line is cut at every boundary
    /// nothing runs across, and a piece belongs to the column it starts in.
    private static func read(_ rows: ArraySlice<Row>, boundaries: [Int]) -> [DumpLine] {
        var columns = [[String]](repeating: [], count: boundaries.count + 1)
        for row in rows {
            var pieces = [String](repeating: "", count: columns.count)
            var start = 0
            var column = 0
            for (index, boundary) in boundaries.enumerated() where boundary < row.cells.count && row.isOpen(at: boundary) {
                pieces[column] = row.text(in: start..<boundary)
                start = boundary
                column = index + 1
            }
            pieces[column] = row.text(in: start..<max(start, row.cells.count))
            for index in columns.indices { columns[index].append(pieces[index]) }
        }
        var lines: [DumpLine] = []
        for column in columns {
            var current = ""
            for piece in column {
                if piece.isEmpty {
                    if !current.isEmpty { lines.append(DumpLine(current, isColumn: true)) }
                    current = ""
                    lines.append(DumpLine(""))
                } else if current.isEmpty {
                    current = piece
                } else if DumpLine.endsLikeSentence(current) || DumpLine.startsLikeItem(piece) {
                    lines.append(DumpLine(current, isColumn: true))
                    current = piece
                } else {
                    current += " " + piece
                }
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

        private static func isGap(_ scalar: Unicode.Scalar) -> Bool {
            scalar == " " || scalar == border
        }

        /// Nothing runs across the column: the line ends before it or has a gap just before it.
        func isOpen(at column: Int) -> Bool {
            column > cells.count || cells[column - 1] == Self.border
                || Self.isGap(cells[column - 1]) && (column < 2 || Self.isGap(cells[column - 2]))
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
