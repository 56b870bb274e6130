import SearchIndex
import SeededRandom
import StoryKit

/// Made-up stories from a small vocabulary (so that words, phrases and prefixes match
/// often), with accents, ideographs, dates, languages, sites and marks, as an index source.
struct GeneratedCorpus: IndexSource {
    static let vocabulary = [
        "harbour", "ferry", "council", "bridge", "night", "winter", "Café", "São", "école", "Tōkyō", "東京", "駅",
        "market", "storm", "lantern", "island", "tide", "signal", "repairs", "ice",
    ]
    static let agencies = ["IANS", "PTI", "AFP", "Yonhap"]
    static let places = ["Seoul", "Porto Vale", "Lindmark"]

    let stories: [(id: StoryID, story: Story, minute: Int64)]
    var marks: [StoryID: StoryState] = [:]

    init(stories: [(id: StoryID, story: Story, minute: Int64)], marks: [StoryID: StoryState]) {
        self.stories = stories
        self.marks = marks
    }

    init(count: Int, seed: UInt64) {
        var random = SplitMix64(seed: seed)
        var stories: [(StoryID, Story, Int64)] = []
        var marks: [StoryID: StoryState] = [:]
        for index in 0..<count {
            func words(_ count: Int) -> String {
                (0..<count).map { _ in Self.vocabulary[random.next(below: Self.vocabulary.count)] }.joined(separator: random.next(below: 5) == 0 ? ", " : " ")
            }
            let day = CalendarDate(dayNumber: 20_000 + random.next(below: 60))!
            var story = Story(
                headline: words(3 + random.next(below: 4)) + " \(index)", body: (0..<(1 + random.next(below: 3))).map { _ in words(8 + random.next(below: 20)) }
            )
            story.agency = random.next(below: 4) == 0 ? nil : Self.agencies[random.next(below: Self.agencies.count)]
            story.place = Self.places[random.next(below: Self.places.count)]
            story.byline = random.next(below: 3) == 0 ? "By " + words(2) : nil
            story.date = random.next(below: 10) == 0 ? nil : day
            story.language = ["en", "en-GB", "pt-BR", nil][random.next(below: 4)]
            story.url = random.next(below: 2) == 0 ? "https://news.example\(random.next(below: 3)).com/story/\(index)" : nil
            story.site = random.next(below: 3) == 0 ? "The Example \(random.next(below: 3))" : nil
            story.latest = (0..<random.next(below: 3)).map { _ in LatestItem(headline: words(4), time: nil) }
            let id = StoryID(value: UInt64(index) &* 0x9E37_79B9_7F4A_7C15)
            // Few distinct minutes, so stories share them as undated pages share their import minute.
            stories.append((id, story, Int64(day.dayNumber) * 1440 + Int64(random.next(below: 4) * 360)))
            var state = StoryState()
            state.isRead = random.next(below: 2) == 0
            state.isStarred = random.next(below: 5) == 0
            marks[id] = state
        }
        self.stories = stories
        self.marks = marks
    }

    func indexStamps() -> [IndexStamp] {
        stories.map { IndexStamp(id: $0.id, value: StableHasher.hash(Array($0.story.headline.utf8))) }
    }

    func documents(for stamps: [IndexStamp]) -> [IndexDocument] {
        let byID = Dictionary(uniqueKeysWithValues: stories.map { ($0.id, $0) })
        return stamps.compactMap { stamp in byID[stamp.id].map { IndexDocument(story: $0.story, stamp: stamp, sortMinute: $0.minute) } }
    }

    /// The brute-force answer: every story matched by the query's own rules, newest first.
    func scan(_ query: StoryQuery) -> [StoryID] {
        stories.sorted { ($0.minute, $1.id) > ($1.minute, $0.id) }
            .filter { query.matches(SearchableStory(story: $0.story, marks: marks[$0.id] ?? StoryState())) }
            .map(\.id)
    }
}
