/// A search kept under a name (`[searches]` in the configuration, or `W` in the
/// reader), shown as a view of its own the way newsboat shows query feeds.
public struct SavedSearch: Hashable, Sendable {
    public var name: String
    public var query: String

    public init(name: String, query: String) {
        self.name = name
        self.query = query
    }
}

/// How many stories a view shows, and how many of them are unread.
public struct ViewCount: Hashable, Sendable {
    public var total: Int
    public var unread: Int

    public init(total: Int, unread: Int) {
        self.total = total
        self.unread = unread
    }
}
