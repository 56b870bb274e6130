import Dispatch
import StoryKit

/// Progress after each batch, for the progress bar.
public struct ImportProgress: Sendable {
    public var done: Int
    public var total: Int
    public var seconds: Double
}
