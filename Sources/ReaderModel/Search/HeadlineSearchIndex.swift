import StoryKit

/// Folded headlines of every story, for search as you type.
///
/// The app builds it in the background once the first screen is up, so the first
/// `/` costs nothing; when search comes first, the model builds it there and then.
public final class HeadlineSearchIndex: Hashable, Sendable {
    /// Every story's folded headline text, end to end in one buffer (100,000 small arrays
    /// cost more memory than their bytes), with where each starts; `starts` has one extra end.
    private let bytes: [UInt8]
    private let starts: [Int]
    /// The library it was built from (`ReaderState.libraryGeneration`): an index of an older library is dropped.
    public let generation: Int

    public init(summaries: [StorySummary], generation: Int) {
        var bytes: [UInt8] = []
        var starts: [Int] = [0]
        starts.reserveCapacity(summaries.count + 1)
        for summary in summaries {
            bytes += SearchQuery.headlineText(headline: summary.headline, place: summary.place, agency: summary.agency)
            starts.append(bytes.count)
        }
        self.bytes = bytes
        self.starts = starts
        self.generation = generation
    }

    public static func == (lhs: HeadlineSearchIndex, rhs: HeadlineSearchIndex) -> Bool { lhs === rhs }
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }

    /// Indices (into summaries) among `candidates` whose headline has every word of the query.
    func matches(_ query: SearchQuery, among candidates: [Int32]) -> [Int32] {
        bytes.withUnsafeBytes { all in
            candidates.filter { index in
                query.matches(UnsafeRawBufferPointer(rebasing: all[starts[Int(index)]..<starts[Int(index) + 1]]))
            }
        }
    }
}
