import Dispatch
import StoryKit

/// Counts for the summary line, and every failure with its reason.
public struct ImportSummary: Hashable, Sendable {
    public var new = 0
    public var updated = 0
    public var unchanged = 0
    /// Of the unchanged, those known from their file's status alone, without reading them
    /// (`SeenPages`).
    public var knownByStatus = 0
    public var failures: [ImportOutcome] = []
    /// Every story the import stored or found already stored, in the order of the files.
    public var storedIDs: [StoryID] = []
    /// Set when the import stopped early (the disk filled, the store became unwritable).
    public var stoppedBecause: String?

    public var failed: Int { failures.count }
}
