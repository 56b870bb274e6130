import StoryKit

/// The headline preview of a search as it is typed: every word of the query as a
/// folded substring of the headline, place or agency, in any order and any case. The
/// full answer, in the query language, comes from the library (its search index).
public struct SearchQuery: Sendable {
    public let words: [FoldedFinder]

    public init(_ query: String) {
        words = FoldedFinder.words(query)
    }

    public var isEmpty: Bool { words.isEmpty }

    /// Whether folded text holds every word.
    public func matches(_ folded: [UInt8]) -> Bool {
        folded.withUnsafeBytes(matches)
    }

    public func matches(_ folded: UnsafeRawBufferPointer) -> Bool {
        words.allSatisfy { $0.occurs(in: folded) }
    }

    /// What a headline search looks in: the headline with its place and agency.
    public static func headlineText(headline: String, place: String, agency: String) -> [UInt8] {
        TextFolding.folded(headline + " " + place + " " + agency)
    }
}
