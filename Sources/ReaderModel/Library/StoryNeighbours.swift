import StoryKit

/// A story's neighbours that are not its versions: other sources' reports of the same
/// event, and the most similar stories of the surrounding days (`NeighbourRule`).
public struct StoryNeighbours: Hashable, Sendable {
    public var alsoReported: [StoryID]
    public var related: [StoryID]
    /// Why there are none when the library could not look (no current search index).
    public var note: String?

    public init(alsoReported: [StoryID] = [], related: [StoryID] = [], note: String? = nil) {
        self.alsoReported = alsoReported
        self.related = related
        self.note = note
    }

    /// Sorts candidates, best first, into the two lists: `facts` tells what each is, and
    /// `isExcluded` leaves out the story's own versions and the stories it links already.
    public static func sorted(
        _ candidates: [StoryID], of story: NeighbourRule.Facts, facts: (StoryID) -> NeighbourRule.Facts?, isExcluded: (StoryID) -> Bool
    ) -> StoryNeighbours {
        var neighbours = StoryNeighbours()
        for candidate in candidates where !isExcluded(candidate) {
            guard let other = facts(candidate) else { continue }
            if NeighbourRule.isAlsoReported(other, besides: story) {
                neighbours.alsoReported.append(candidate)
            } else if neighbours.related.count < NeighbourRule.relatedShown && NeighbourRule.isRelated(other, to: story) {
                neighbours.related.append(candidate)
            }
        }
        return neighbours
    }
}
