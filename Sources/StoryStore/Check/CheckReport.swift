import StoryKit

/// `byline check`: verifies every file of the store against the others, and with
/// `repair` puts right what can be put right from what is still intact.
public struct CheckReport: Sendable {
    /// Problems found (each one line: what, where).
    public var problems: [String] = []
    /// What `repair` changed.
    public var repairs: [String] = []
    /// Problems repair could not fix.
    public var unrepaired: [String] = []
    public var storiesChecked = 0
    /// Story files an earlier Byline wrote uncompressed: not a problem, but `repair`
    /// compresses them (and then counts none).
    public var plainStoryFiles = 0
    /// Latest-news items that name a stored story, and those that do not.
    public var linksInStore = 0
    public var linksNotInStore = 0

    public var isClean: Bool { problems.isEmpty }
}
