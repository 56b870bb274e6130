/// One cell: a grapheme with its display width and style. A wide grapheme takes its
/// cell and blanks the next, which holds an empty continuation.
public struct Cell: Hashable, Sendable {
    public var text: String
    public var width: UInt8
    public var style: Style

    public static let blank = Cell(text: " ", width: 1, style: .normal)
    static let continuation = Cell(text: "", width: 0, style: .normal)

    public var isContinuation: Bool { width == 0 }
}
