import StoryKit

/// A library's answer to a search: the matching stories, best first, and a note when
/// the answer did not come from the search index.
public struct LibrarySearchAnswer: Hashable, Sendable {
    public var ids: [StoryID]
    public var note: String?

    public init(ids: [StoryID], note: String? = nil) {
        self.ids = ids
        self.note = note
    }
}
