import StoryKit

/// `byline reparse`: reads every kept original again with the current parser.
public struct ReparseSummary: Sendable {
    public var updated = 0
    public var unchanged = 0
    public var failures: [String] = []
}
