/// The title bar: what is shown and how it is ordered.
public enum TitleBarView {
    /// What the title bar says.
    public struct Content: Sendable {
        public var storyCount: Int
        public var unreadCount: Int
        /// The sort order's name, shown from 60 columns.
        public var sort: String
        /// The filters in force, if any: "unread · IANS".
        public var filter: String?
        /// The search kept with Enter and how many stories it found.
        public var search: (query: String, count: Int)?

        public init(storyCount: Int, unreadCount: Int, sort: String, filter: String? = nil, search: (query: String, count: Int)? = nil) {
            self.storyCount = storyCount
            self.unreadCount = unreadCount
            self.sort = sort
            self.filter = filter
            self.search = search
        }
    }

    public static func draw(_ content: Content, into buffer: inout ScreenBuffer, rect: Rect) {
        guard !rect.isEmpty else { return }
        buffer.fill(rect, style: .title)
        var parts = ["Byline", "\(content.storyCount) stories", "\(content.unreadCount) unread"]
        if rect.width >= 60 { parts.append(content.sort) }
        if let filter = content.filter { parts.append("only " + filter) }
        if let search = content.search { parts.append("search “\(search.query)”: \(search.count)") }
        buffer.put(TextWrapper.truncate(" " + parts.joined(separator: " · "), width: rect.width), x: rect.x, y: rect.y, style: .title, limit: rect.maxX)
    }
}
