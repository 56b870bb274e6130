/// The counts of a whole store, for a library whose `summaries` hold only its newest
/// stories: the first screen is drawn from the front of the catalog before the rest is
/// read, and its title and position counter still say what the whole store holds.
public struct LibraryTotals: Hashable, Sendable {
    /// Every story the store holds.
    public let stories: Int
    /// The stories not marked read.
    public let unread: Int
    /// The list's rows, each group of versions as one.
    public let rows: Int

    public init(stories: Int, unread: Int, rows: Int) {
        self.stories = stories
        self.unread = unread
        self.rows = rows
    }
}
