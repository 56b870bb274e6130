/// The title bar: what is shown and how it is ordered.
public enum TitleBarView {
    /// What the title bar says.
    public struct Content: Sendable {
        public var storyCount: Int
        public var unreadCount: Int
        /// The sort order's name, shown from 60 columns.
        public var sort: String
        /// The view as one query, filters and kept search together ("is:unread ferry"),
        /// and how many stories it shows; nil when the list shows every story.
        public var view: (query: String, count: Int)?

        public init(storyCount: Int, unreadCount: Int, sort: String, view: (query: String, count: Int)? = nil) {
            self.storyCount = storyCount
            self.unreadCount = unreadCount
            self.sort = sort
            self.view = view
        }
    }

    public static func draw(_ content: Content, into buffer: inout ScreenBuffer, rect: Rect) {
        guard !rect.isEmpty else { return }
        buffer.fill(rect, style: .title)
        var parts = ["Byline", "\(content.storyCount) stories", "\(content.unreadCount) unread"]
        if rect.width >= 60 { parts.append(content.sort) }
        if let view = content.view { parts.append("“\(view.query)”: \(view.count)") }
        buffer.put(TextWrapper.truncate(" " + parts.joined(separator: " · "), width: rect.width), x: rect.x, y: rect.y, style: .title, limit: rect.maxX)
    }
}
