import StoryKit

/// Text cut into runs so that the words a search found stand out: the list's headlines
/// and the story's lines are drawn through it.
public enum MatchRuns {
    /// `text` as runs in `style`, the matches of `highlighter` in the match style (over a
    /// selection they keep its reverse, so the selected row still reads as selected).
    public static func runs(_ text: String, style: Style, highlighter: QueryHighlighter?, field: StoryField) -> [(text: String, style: Style)] {
        guard let highlighter, !highlighter.isEmpty, !text.isEmpty else { return [(text, style)] }
        let ranges = highlighter.ranges(in: text, field: field)
        guard !ranges.isEmpty else { return [(text, style)] }
        var marked = Style.match
        marked.reverse = style.reverse
        var runs: [(text: String, style: Style)] = []
        var cursor = text.startIndex
        for range in ranges {
            if cursor < range.lowerBound { runs.append((String(text[cursor..<range.lowerBound]), style)) }
            runs.append((String(text[range]), marked))
            cursor = range.upperBound
        }
        if cursor < text.endIndex { runs.append((String(text[cursor...]), style)) }
        return runs
    }
}
