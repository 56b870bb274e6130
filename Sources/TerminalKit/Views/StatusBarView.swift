/// The status line: the search being typed, or a line of text (a message or the keys
/// that matter here) with the selection's place in the list at the right.
public enum StatusBarView {
    /// What the status line shows.
    public enum Content: Hashable, Sendable {
        /// The query being typed, with how many stories match so far, or where the
        /// query cannot be read (`problem`).
        case search(query: String, headlineMatches: Int, bodyMatches: Int, bodySearchPending: Bool, problem: String? = nil)
        /// A line of text typed after a label, such as the command for `|`.
        case prompt(label: String, text: String)
        /// A message or hints; `position` is the "3/56" at the right, empty when the list is.
        case line(String, isError: Bool, position: String)
    }

    public static func draw(_ content: Content, into buffer: inout ScreenBuffer, rect: Rect) {
        guard !rect.isEmpty else { return }
        switch content {
        case .search(let query, let headlineMatches, let bodyMatches, let pending, let problem):
            buffer.fill(rect, style: .normal)
            let count = " (\(headlineMatches) in headlines, \(bodyMatches) in text\(pending ? ", searching text…" : ""))"
            var x = buffer.put("/", x: rect.x, y: rect.y, style: .searchPrompt, limit: rect.maxX)
            x = buffer.put(query, x: x, y: rect.y, style: .normal, limit: rect.maxX)
            x = buffer.put("▏", x: x, y: rect.y, style: .searchPrompt, limit: rect.maxX)
            if let problem {
                buffer.put(TextWrapper.truncate("  " + problem, width: rect.maxX - x), x: x, y: rect.y, style: .statusError, limit: rect.maxX)
            } else {
                buffer.put(TextWrapper.truncate(count, width: rect.maxX - x), x: x, y: rect.y, style: .meta, limit: rect.maxX)
            }
        case .prompt(let label, let text):
            buffer.fill(rect, style: .normal)
            var x = buffer.put(label, x: rect.x, y: rect.y, style: .searchPrompt, limit: rect.maxX)
            x = buffer.put(text, x: x, y: rect.y, style: .normal, limit: rect.maxX)
            buffer.put("▏", x: x, y: rect.y, style: .searchPrompt, limit: rect.maxX)
        case .line(let text, let isError, let position):
            let style: Style = isError ? .statusError : .status
            buffer.fill(rect, style: style)
            let room = max(0, rect.width - DisplayWidth.of(position))
            buffer.put(TextWrapper.truncate(" " + text, width: room), x: rect.x, y: rect.y, style: style, limit: rect.x + room)
            buffer.put(position, x: rect.maxX - DisplayWidth.of(position), y: rect.y, style: style, limit: rect.maxX)
        }
    }
}
