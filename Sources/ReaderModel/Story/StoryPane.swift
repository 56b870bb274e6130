import StoryKit

/// The story pane, in the browse screen's reading pane and the full-screen reader alike:
/// the story on screen, how far it is scrolled, the selected latest-news item, the
/// jumps that led here and where each story was left.
public struct StoryPane: Sendable {
    /// What the pane has to fit a story into, from the viewport and the views.
    struct Frame {
        var rows: Int
        var columns: Int
        /// How many lines a story takes at a width.
        var measure: @Sendable (OpenStory, Int) -> Int
    }

    public internal(set) var open: OpenStory?
    /// The selected latest-news item in the reader's panel.
    public internal(set) var latestSelection = 0
    public internal(set) var history = JumpHistory()
    /// The first line shown when each story was last left.
    private var positions: [StoryID: Int]

    init(positions: [StoryID: Int] = [:]) {
        self.positions = positions
    }

    /// Shows a story from its first unread line (where it was left); false when the
    /// library cannot read it, and the pane is then empty.
    /// `versions` are the story's versions as the list knows them (itself among them), newest first.
    mutating func load(
        _ id: StoryID, from library: any StoryLibrary, time: StoryTime?, versions: [StorySummary] = [], headline: (StoryID) -> String, in frame: Frame
    ) -> Bool {
        guard let story = library.story(id) else {
            open = nil
            return false
        }
        let links = library.answersLinksAtOnce ? StoryLinks(of: id, story: story, in: library) : nil
        open = OpenStory(
            id: id, story: story, time: time, targets: links?.targets ?? story.latest.map { _ in nil },
            listedIn: (links?.listedIn ?? []).map { source in (source, headline(source)) }, linksFound: links != nil, scroll: positions[id] ?? 0)
        if versions.count > 1 { open?.compare(with: versions, from: library) }
        latestSelection = 0
        clampScroll(in: frame)
        return true
    }

    mutating func close() { open = nil }

    /// Scrolls the text, never past its last line.
    mutating func scroll(by lines: Int, in frame: Frame) {
        guard var story = open else { return }
        story.scroll = max(0, story.scroll.addingReportingOverflow(lines).partialValue)
        open = story
        clampScroll(in: frame)
    }

    /// The one place the scroll is kept within the text: the views draw from `scroll` as it is.
    mutating func clampScroll(in frame: Frame) {
        guard var story = open else { return }
        let columns = max(1, frame.columns)
        if story.measured?.columns != columns { story.measured = (columns, frame.measure(story, columns)) }
        story.scroll = max(0, min(story.scroll, story.measured!.lines - max(1, frame.rows)))
        open = story
    }

    /// Moves the selection in the latest-news list.
    mutating func moveLatestSelection(_ movement: Movement, page: Int) {
        let count = open?.itemTargets.count ?? 0
        latestSelection = max(0, movement.position(from: latestSelection, count: count, page: page))
    }

    /// Takes the links the library found in the background for the open story.
    mutating func takeLinks(_ links: StoryLinks, for id: StoryID, headline: (StoryID) -> String, in frame: Frame) {
        guard var story = open, story.id == id, !story.linksFound, links.targets.count == story.story.latest.count else { return }
        story.targets = links.targets
        story.listedIn = links.listedIn.map { ($0, headline($0)) }
        story.linksFound = true
        story.measured = nil
        open = story
        clampScroll(in: frame)
    }

    /// Takes the library's answer for the open story, naming each neighbour by its summary.
    mutating func takeNeighbours(_ neighbours: StoryNeighbours, for id: StoryID, summary: (StoryID) -> StorySummary?, in frame: Frame) {
        guard var story = open, story.id == id else { return }
        func mention(_ id: StoryID) -> OpenStory.Mention? {
            summary(id).map { OpenStory.Mention(id: id, headline: $0.headline, agency: $0.agency, time: $0.time) }
        }
        story.neighbours = neighbours
        story.alsoReported = neighbours.alsoReported.compactMap(mention)
        story.related = neighbours.related.compactMap(mention)
        story.measured = nil
        open = story
        clampScroll(in: frame)
    }

    /// Remembers where the open story was left, once it has been scrolled; the change
    /// for the store's log, or nil when the story was left where it was.
    mutating func leave() -> StateChange? {
        guard let story = open, story.scroll != (positions[story.id] ?? 0) else { return nil }
        positions[story.id] = story.scroll
        return StateChange(id: story.id, kind: .position(story.scroll))
    }

    /// Jump history: the story before this one, or after it, if any.
    mutating func goBack() -> StoryID? { open.flatMap { history.goBack(from: $0.id) } }
    mutating func goForward() -> StoryID? { open.flatMap { history.goForward(from: $0.id) } }
    mutating func recordJump(to id: StoryID) {
        if let current = open?.id, current != id { history.leave(current) }
    }
}
