import Dispatch
import StoryKit

/// What happened to one imported file.
public struct ImportOutcome: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case new, updated, unchanged
        case failed(String)
    }

    public var file: String
    public var kind: Kind
    public var id: StoryID?

    public init(file: String, kind: Kind, id: StoryID?) {
        self.file = file
        self.kind = kind
        self.id = id
    }
}
