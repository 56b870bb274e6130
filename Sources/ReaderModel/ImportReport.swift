import StoryKit

/// What an import before the reader started did, for the status line.
public struct ImportReport: Sendable {
    public var storedIDs: [StoryID]
    public var new: Int
    public var updated: Int
    public var unchanged: Int
    public var failed: Int

    public init(storedIDs: [StoryID], new: Int, updated: Int, unchanged: Int, failed: Int) {
        self.storedIDs = storedIDs
        self.new = new
        self.updated = updated
        self.unchanged = unchanged
        self.failed = failed
    }

    var pages: Int { new + updated + unchanged + failed }
}
