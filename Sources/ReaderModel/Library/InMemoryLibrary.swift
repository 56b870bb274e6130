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
            // The own page's time (an undated story's "import time" is its place in `stories`).
            let time = StoryTime(ownPage: story, importedAt: Int64(offset) * 60)
            summaries.append(
                StorySummary(
                    id: id, headline: story.headline, agency: story.agency ?? "", place: story.place ?? "", date: story.date, sortMinute: time.minute,
                    timeKind: time.kind))
        }
        var listedIn: [StoryID: [StoryID]] = [:]
        for (id, story) in byID {
            for item in story.latest {
                for target in index[HeadlineKey.normalised(item.headline)] ?? [] where target != id && !(listedIn[target]?.contains(id) ?? false) {
                    listedIn[target, default: []].append(id)
                }
            }
        }
        // The store's `listed` rule: a story without a stated time takes the earliest time
        // other stories' lists print for it on its day.
        let positions = Dictionary(summaries.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        for (target, sources) in listedIn {
            guard let position = positions[target], let targetStory = byID[target] else { continue }
            let key = HeadlineKey.normalised(targetStory.headline)
            for source in sources {
                for item in byID[source]?.latest ?? [] where HeadlineKey.normalised(item.headline) == key {
                    guard let printed = item.time,
                        let better = summaries[position].time.improved(byListing: Int64(printed.minuteNumber), storyDate: targetStory.date)
                    else { continue }
                    summaries[position].sortMinute = better.minute
                    summaries[position].timeKind = better.kind
                }
            }
        }
        Self.groupVersions(&summaries, stories: byID)
        let minutes = Dictionary(uniqueKeysWithValues: summaries.map { ($0.id, $0.sortMinute) })
        self.listedIn = listedIn.mapValues { $0.sorted { minutes[$0]! != minutes[$1]! ? minutes[$0]! > minutes[$1]! : $0 < $1 } }
        self.summaries = summaries
        self.states = states
        self.storiesByID = byID
        self.headlineIndex = index
    }

    /// The store's version rule, pair by pair (a test library is small): each group's key
    /// is the smallest id among its versions.
    private static func groupVersions(_ summaries: inout [StorySummary], stories: [StoryID: Story]) {
        let prints = summaries.map { TextFingerprint(paragraphs: stories[$0.id]?.body ?? []) }
        var root = Array(summaries.indices)
        func find(_ index: Int) -> Int { root[index] == index ? index : find(root[index]) }
        for first in summaries.indices where prints[first].isComparable {
            for second in (first + 1)..<summaries.count where VersionRule.areClose(summaries[first].date, summaries[second].date) {
                if find(first) != find(second) && VersionRule.areVersions(prints[first], prints[second]) { root[find(second)] = find(first) }
            }
        }
        var members: [Int: [Int]] = [:]
        for index in summaries.indices { members[find(index), default: []].append(index) }
        for group in members.values where group.count > 1 {
            let key = group.map { summaries[$0].id.value }.min()!
            for index in group { summaries[index].versionGroup = key }
        }
    }

    public func story(_ id: StoryID) -> Story? { storiesByID[id] }

    /// Every other story ranked by the significant words it shares with this one.
    public func neighbours(of id: StoryID, excluding: Set<StoryID>) -> StoryNeighbours {
        guard let story = storiesByID[id] else { return StoryNeighbours() }
        let facts = NeighbourRule.Facts(story: story)
        let wanted = Set(NeighbourRule.queryWords(headline: story.headline, body: story.body))
        let ranked = storiesByID.compactMap { other -> (StoryID, Int)? in
            guard other.key != id else { return nil }
            let shared = NeighbourRule.words(other.value.headline + " " + other.value.body.joined(separator: " ")).intersection(wanted).count
            return shared > 0 ? (other.key, shared) : nil
        }.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.map(\.0)
        return StoryNeighbours.sorted(ranked, of: facts, facts: { storiesByID[$0].map(NeighbourRule.Facts.init) }, isExcluded: excluding.contains)
    }

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
