import StoryKit

/// A library held in memory: for tests, benchmarks and previews.
public struct InMemoryLibrary: StoryLibrary {
    public var summaries: [StorySummary]
    public var states: [StoryID: StoryState]
    private let storiesByID: [StoryID: Story]
    private let foldedBodies: [StoryID: [UInt8]]
    private let headlineIndex: [String: [StoryID]]
    private let listedIn: [StoryID: [StoryID]]

    public init(stories: [Story], states: [StoryID: StoryState] = [:]) {
        var byID: [StoryID: Story] = [:]
        var bodies: [StoryID: [UInt8]] = [:]
        var index: [String: [StoryID]] = [:]
        var summaries: [StorySummary] = []
        for (offset, story) in stories.enumerated() {
            let id = StoryID(story)
            byID[id] = story
            bodies[id] = SearchQuery.bodyText(story)
            index[HeadlineKey.normalised(story.headline), default: []].append(id)
            let minute = story.published.map { Int64($0.minuteNumber) } ?? story.date.map { Int64($0.dayNumber) * 1440 } ?? Int64(offset)
            summaries.append(
                StorySummary(id: id, headline: story.headline, agency: story.agency ?? "", place: story.place ?? "", date: story.date, sortMinute: minute))
        }
        var listedIn: [StoryID: [StoryID]] = [:]
        for (id, story) in byID {
            for item in story.latest {
                for target in index[HeadlineKey.normalised(item.headline)] ?? [] where target != id && !(listedIn[target]?.contains(id) ?? false) {
                    listedIn[target, default: []].append(id)
                }
            }
        }
        let minutes = Dictionary(uniqueKeysWithValues: summaries.map { ($0.id, $0.sortMinute) })
        self.listedIn = listedIn.mapValues { $0.sorted { minutes[$0]! != minutes[$1]! ? minutes[$0]! > minutes[$1]! : $0 < $1 } }
        self.summaries = summaries
        self.states = states
        self.storiesByID = byID
        self.foldedBodies = bodies
        self.headlineIndex = index
    }

    public func story(_ id: StoryID) -> Story? { storiesByID[id] }

    public func resolve(_ item: LatestItem, from source: StoryID) -> StoryID? {
        headlineIndex[HeadlineKey.normalised(item.headline)]?.first { $0 != source }
    }

    public func stories(listing id: StoryID) -> [StoryID] {
        listedIn[id] ?? []
    }

    public func storiesWithBody(containing query: String, among candidates: [StoryID]) -> [StoryID] {
        let query = SearchQuery(query)
        guard !query.isEmpty else { return [] }
        return candidates.filter { id in foldedBodies[id].map(query.matches) ?? false }
    }
}
