import StoryKit

/// A library held in memory: for tests, benchmarks and previews.
public struct InMemoryLibrary: StoryLibrary {
    public var summaries: [StorySummary]
    public var states: [StoryID: StoryState]
    private let storiesByID: [StoryID: Story]
    private let headlineIndex: [String: [StoryID]]
    private let listedIn: [StoryID: [StoryID]]

    public init(stories: [Story], states: [StoryID: StoryState] = [:]) {
        var byID: [StoryID: Story] = [:]
        var index: [String: [StoryID]] = [:]
        var summaries: [StorySummary] = []
        for (offset, story) in stories.enumerated() {
            let id = StoryID(story)
            byID[id] = story
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
        self.headlineIndex = index
    }

    public func story(_ id: StoryID) -> Story? { storiesByID[id] }

    public func resolve(_ item: LatestItem, from source: StoryID) -> StoryID? {
        headlineIndex[HeadlineKey.normalised(item.headline)]?.first { $0 != source }
    }

    public func stories(listing id: StoryID) -> [StoryID] {
        listedIn[id] ?? []
    }

    /// A scan of every story, newest first: the same language as the store's index.
    public func search(_ query: StoryQuery, marks: [StoryID: StoryState]) -> LibrarySearchAnswer {
        let newestFirst = summaries.sorted { $0.sortMinute != $1.sortMinute ? $0.sortMinute > $1.sortMinute : $0.id < $1.id }
        let ids = newestFirst.compactMap { summary -> StoryID? in
            guard let story = storiesByID[summary.id] else { return nil }
            return query.matches(SearchableStory(story: story, marks: marks[summary.id] ?? StoryState())) ? summary.id : nil
        }
        return LibrarySearchAnswer(ids: ids)
    }
}
