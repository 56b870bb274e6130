/// How search results are ordered: by how well they match, or newest first.
public enum SearchOrder: String, Sendable, CaseIterable {
    case rank
    case newest
}
