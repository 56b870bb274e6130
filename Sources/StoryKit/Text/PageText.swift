/// A page's text after decoding and cleaning: valid UTF-8, one entry per input line.
///
/// Every line is trimmed and its runs of white space (tabs, non-breaking and
/// other Unicode spaces) are folded into one ASCII space, so the structural
/// rules of the parser never have to think about white space again.
struct PageText {
    /// All lines' bytes, back to back.
    var storage: [UInt8] = []
    /// Where each line sits in `storage`; an empty range is a blank line.
    var lineRanges: [Range<Int>] = []
    /// Bytes that were not valid UTF-8 and were read as Windows-1252 instead.
    var windows1252Bytes = 0
    /// Control characters and escape sequences that were dropped.
    var removedControls = 0

    var lineCount: Int { lineRanges.count }

    func line(_ index: Int) -> Line {
        Line(bytes: storage[lineRanges[index]])
    }
}
