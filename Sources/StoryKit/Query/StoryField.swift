/// The parts of a story that text search looks in, each a field of the query
/// language (`headline:ferry`) and a column of the search index.
public enum StoryField: String, CaseIterable, Hashable, Sendable {
    case headline
    case byline
    case place
    case agency
    case body
    /// The headlines of the story's latest-news list.
    case latest

    /// The index's columns in this order, and BM25 weighs a match by the field:
    /// a word in the headline says more about the story than one in a side list.
    /// Where a word without a field is looked for: everywhere but the latest-news list,
    /// whose headlines are other stories' (a story listing "Ferry…" is not about ferries);
    /// `latest:` looks there.
    public static let defaultFields: [StoryField] = [.headline, .byline, .place, .agency, .body]

    public static let indexOrder: [StoryField] = [.headline, .byline, .place, .agency, .body, .latest]

    public var rankWeight: Double {
        switch self {
        case .headline: 8
        case .byline, .place, .agency: 2
        case .body: 1
        case .latest: 0.5
        }
    }
}
