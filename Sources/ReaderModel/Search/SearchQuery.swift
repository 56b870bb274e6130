import StoryKit

/// A search as Byline understands it everywhere (the reader's `/` and
/// `byline list --search`): every word of the query, in any order and any case.
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

    /// Whether a story's headline, place or agency holds every word: the search that
    /// answers at once, from the list's fields.
    public func matchesHeadline(of summary: StorySummary) -> Bool {
        matches(Self.headlineText(headline: summary.headline, place: summary.place, agency: summary.agency))
    }

    /// Whether a story's text holds every word: the search that reads the story.
    public func matchesBody(of story: Story) -> Bool {
        matches(Self.bodyText(story))
    }

    /// What a headline search looks in: the headline with its place and agency.
    public static func headlineText(headline: String, place: String, agency: String) -> [UInt8] {
        TextFolding.folded(headline + " " + place + " " + agency)
    }

    /// What a text search looks in: the story's paragraphs.
    public static func bodyText(_ story: Story) -> [UInt8] {
        TextFolding.folded(story.body.joined(separator: "\n"))
    }
}
