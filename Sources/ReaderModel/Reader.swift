import StoryKit

/// The reader's behaviour: `update` applies an action to the state and returns the
/// effects the runtime must carry out. It does no I/O of its own beyond reading
/// stories from the library, so every transition is testable without a terminal.
public enum Reader {
    public static func update(_ state: inout ReaderState, _ action: ReaderAction) -> [ReaderEffect] {
        if action.isCommand { state.message = nil }
        switch action {
        case .moveUp: return moveSelection(&state, by: -1)
        case .moveDown: return moveSelection(&state, by: 1)
        case .pageUp: return moveSelection(&state, by: -max(1, state.viewport.listRows - 1))
        case .pageDown: return moveSelection(&state, by: max(1, state.viewport.listRows - 1))
        case .top: return moveSelection(&state, to: 0)
        case .bottom: return moveSelection(&state, to: state.order.count - 1)
        case .select(let row): return moveSelection(&state, to: row)
        case .reveal(let id): return reveal(&state, id)
        case .nextUnread: return moveToUnread(&state, forward: true)
        case .previousUnread: return moveToUnread(&state, forward: false)
        case .scrollStory(let lines): scrollStory(&state, by: lines); return []

        case .open: return open(&state)
        case .toggleFocus: toggleFocus(&state); return []
        case .back: return back(&state)
        case .forward: return forward(&state)
        case .jump(let item): return jump(&state, toItem: item - 1)
        case .nextStory: return stepStory(&state, by: 1)
        case .previousStory: return stepStory(&state, by: -1)
        case .showOriginal:
            guard let id = targetID(state) else { return [] }
            return [.showOriginal(id)]
        case .searchOffered:
            guard let words = state.offeredSearch else { return [] }
            state.offeredSearch = nil
            state.screen = .browse
            state.focus = .list
            return startSearch(&state, query: words, editing: false)

        case .beginSearch:
            state.screen = .browse
            state.focus = .list
            return startSearch(&state, query: state.search?.isEditing == true ? state.search!.query : "", editing: true)
        case .searchInput(let text):
            guard let search = state.search else { return [] }
            return startSearch(&state, query: search.query + text, editing: true)
        case .searchDeleteBackward:
            guard let search = state.search else { return [] }
            return startSearch(&state, query: String(search.query.dropLast()), editing: true)
        case .searchCommit:
            guard var search = state.search else { return [] }
            if search.query.isEmpty { return clearSearch(&state) }
            search.isEditing = false
            state.search = search
            return []
        case .searchCancel: return clearSearch(&state)
        case .bodyMatches(let generation, let ids):
            guard var search = state.search, search.generation == generation else { return [] }
            for id in ids {
                guard let index = state.summaryIndex[id], !search.bodyMatched[Int(index)] else { continue }
                search.bodyMatched[Int(index)] = true
                search.bodyMatchCount += 1
            }
            search.bodySearchPending = false
            state.search = search
            rebuildOrder(&state, keeping: state.selectedSummary?.id)
            return []

        case .toggleRead: return toggleRead(&state)
        case .toggleStar: return toggleStar(&state)
        case .markAllShownRead: return markAllShownRead(&state)
        case .undo: return undo(&state)

        case .cycleSort:
            state.sort = state.sort.next
            resort(&state)
            rebuildOrder(&state, keeping: state.selectedSummary?.id)
            state.message = .info("sorted \(state.sort.rawValue)")
            return []
        case .toggleUnreadOnly:
            state.filter.unreadOnly.toggle()
            return refilter(&state)
        case .toggleStarredOnly:
            state.filter.starredOnly.toggle()
            return refilter(&state)
        case .filterAgencyOfSelection:
            guard let agency = state.selectedSummary?.agency, !agency.isEmpty else {
                state.message = .error("this story names no agency")
                return []
            }
            state.filter.agency = state.filter.agency == agency ? nil : agency
            return refilter(&state)
        case .filterDayOfSelection:
            guard let day = state.selectedSummary?.date else {
                state.message = .error("this story's date is not known")
                return []
            }
            state.filter.day = state.filter.day == day ? nil : day
            return refilter(&state)
        case .clearFilters:
            state.filter = ListFilter()
            return refilter(&state)

        case .headlineIndexReady(let index):
            if state.headlineIndex == nil && index.generation == state.libraryGeneration { state.headlineIndex = index }
            return []

        case .toggleHelp:
            state.showsHelp.toggle()
            state.helpScroll = 0
            return []
        case .scrollHelp(let lines):
            let limit = HelpLayout(width: state.viewport.width, height: state.viewport.height, bindings: state.bindings).maximumScroll
            let (target, overflow) = state.helpScroll.addingReportingOverflow(lines)
            state.helpScroll = overflow ? (lines < 0 ? 0 : limit) : min(max(0, target), limit)
            return []
        case .resize(let viewport):
            state.viewport = viewport
            if state.showsHelp {
                state.helpScroll = min(state.helpScroll, HelpLayout(width: viewport.width, height: viewport.height, bindings: state.bindings).maximumScroll)
            }
            keepSelectionVisible(&state)
            clampStoryScroll(&state)
            return []
        case .libraryChanged(let keep):
            let kept = keep ?? state.selectedSummary?.id
            state.takeLibrary(keepingMarks: true)
            resort(&state)
            rebuildOrder(&state, keeping: kept)
            return []
        case .quit:
            return savePosition(&state) + [.quit]
        }
    }

    // MARK: The list

    /// Sorts every story once for the current order (on start, `o`, or a changed library);
    /// filters then only pick from it.
    static func resort(_ state: inout ReaderState) {
        let summaries = state.summaries
        var all = Array(0..<Int32(summaries.count))
        switch state.sort {
        case .newestFirst:
            // The order every start-up uses: plain key arrays keep the comparisons free of
            // summary copies, and the catalog's own newest-first order makes it one pass.
            let minutes = summaries.map(\.sortMinute), ids = summaries.map(\.id)
            all.sort { minutes[Int($0)] != minutes[Int($1)] ? minutes[Int($0)] > minutes[Int($1)] : ids[Int($0)] < ids[Int($1)] }
        case .oldestFirst:
            // Stories whose date is unknown go last here too, not first.
            all.sort {
                let a = summaries[Int($0)], b = summaries[Int($1)]
                if (a.date == nil) != (b.date == nil) { return b.date == nil }
                return a.sortMinute != b.sortMinute ? a.sortMinute < b.sortMinute : a.id < b.id
            }
        case .byAgency:
            all.sort {
                let a = summaries[Int($0)], b = summaries[Int($1)]
                if a.agency != b.agency { return a.agency.isEmpty != b.agency.isEmpty ? !a.agency.isEmpty : a.agency < b.agency }
                return a.sortMinute != b.sortMinute ? a.sortMinute > b.sortMinute : a.id < b.id
            }
        }
        state.sortedAll = all
    }

    static func rebuildOrder(_ state: inout ReaderState, keeping id: StoryID?) {
        let filter = state.filter
        let search = state.search.flatMap { $0.query.isEmpty ? nil : $0 }
        let summaries = state.summaries
        if search == nil && !filter.isActive {
            state.order = state.sortedAll
        } else {
            var order: [Int32] = []
            order.reserveCapacity(search.map { $0.headlineMatchCount + $0.bodyMatchCount } ?? state.sortedAll.count)
            let filtering = filter.isActive
            for index in state.sortedAll {
                if let search, !search.matches(index) { continue }
                guard filtering else { order.append(index); continue }
                let summary = summaries[Int(index)]
                if filter.unreadOnly || filter.starredOnly {
                    let marks = state.marks[summary.id] ?? StoryState()
                    if filter.unreadOnly && marks.isRead { continue }
                    if filter.starredOnly && !marks.isStarred { continue }
                }
                if let agency = filter.agency, summary.agency != agency { continue }
                if let day = filter.day, summary.date != day { continue }
                order.append(index)
            }
            state.order = order
        }
        if let id, let index = state.summaryIndex[id], let row = state.order.firstIndex(of: index) {
            state.selection = row
        } else {
            state.selection = min(state.selection, max(0, state.order.count - 1))
        }
        keepSelectionVisible(&state)
    }

    private static func reveal(_ state: inout ReaderState, _ id: StoryID) -> [ReaderEffect] {
        guard let index = state.summaryIndex[id] else { return [] }
        if !state.order.contains(index) {
            state.filter = ListFilter()
            state.search = nil
        }
        state.screen = .browse
        state.focus = .list
        rebuildOrder(&state, keeping: id)
        return loadSelection(&state)
    }

    private static func refilter(_ state: inout ReaderState) -> [ReaderEffect] {
        let previous = state.openStory?.id
        rebuildOrder(&state, keeping: state.selectedSummary?.id)
        state.message = .info(state.filter.isActive ? "showing \(state.filter.summary): \(state.order.count) stories" : "showing all \(state.order.count) stories")
        if state.screen == .browse && state.selectedSummary?.id != previous { return loadSelection(&state) }
        return []
    }

    static func keepSelectionVisible(_ state: inout ReaderState) {
        let rows = max(1, state.viewport.listRows)
        if state.selection < state.listTop { state.listTop = state.selection }
        if state.selection >= state.listTop + rows { state.listTop = state.selection - rows + 1 }
        state.listTop = max(0, min(state.listTop, max(0, state.order.count - rows)))
    }

    private static func moveSelection(_ state: inout ReaderState, by delta: Int) -> [ReaderEffect] {
        if state.screen == .reader && state.focus == .latestNews {
            let count = state.openStory?.story.latest.count ?? 0
            state.latestSelection = max(0, min(count - 1, state.latestSelection + delta))
            return []
        }
        if state.focus == .story && state.screen == .browse {
            scrollStory(&state, by: delta)
            return []
        }
        return moveSelection(&state, to: state.selection + delta)
    }

    private static func moveSelection(_ state: inout ReaderState, to row: Int) -> [ReaderEffect] {
        guard !state.order.isEmpty else { return [] }
        let target = max(0, min(state.order.count - 1, row))
        guard target != state.selection || state.openStory == nil else { return [] }
        let saved = savePosition(&state)
        state.selection = target
        keepSelectionVisible(&state)
        return saved + loadSelection(&state)
    }

    private static func moveToUnread(_ state: inout ReaderState, forward: Bool) -> [ReaderEffect] {
        let isUnread = { (row: Int) in !state.marks(for: state.summaries[Int(state.order[row])].id).isRead }
        // Walks from the selection without building a list of every row (`n` in 100,000 stories).
        let found = forward
            ? state.order.indices.dropFirst(state.selection + 1).first(where: isUnread)
            : state.order.indices.prefix(state.selection).reversed().first(where: isUnread)
        guard let row = found else {
            state.message = .info(forward ? "no unread story below" : "no unread story above")
            return []
        }
        if state.screen == .reader {
            let saved = savePosition(&state)
            state.selection = row
            keepSelectionVisible(&state)
            return saved + openInReader(&state, id: state.summaries[Int(state.order[row])].id, recordJump: false)
        }
        return moveSelection(&state, to: row)
    }

    /// Shows the selected story in the reading pane (browsing does not mark it read).
    @discardableResult
    static func loadSelection(_ state: inout ReaderState) -> [ReaderEffect] {
        guard let summary = state.selectedSummary else {
            state.openStory = nil
            return []
        }
        load(&state, id: summary.id)
        return []
    }

    private static func load(_ state: inout ReaderState, id: StoryID) {
        guard let story = state.library.story(id) else {
            state.openStory = nil
            state.message = .error("the story \(id) cannot be read; run `byline check --repair`")
            return
        }
        let targets = story.latest.map { state.library.resolve($0, from: id) }
        let listedIn = state.library.stories(listing: id).map { source in
            (source, state.summaryIndex[source].map { state.summaries[Int($0)].headline } ?? "")
        }
        state.openStory = OpenStory(id: id, story: story, targets: targets, listedIn: listedIn, scroll: state.positions[id] ?? 0)
        state.latestSelection = 0
        clampStoryScroll(&state)
    }

    // MARK: Reading

    private static func open(_ state: inout ReaderState) -> [ReaderEffect] {
        if state.screen == .reader && state.focus == .latestNews {
            return jump(&state, toItem: state.latestSelection)
        }
        guard let summary = state.selectedSummary else { return [] }
        return openInReader(&state, id: summary.id, recordJump: false)
    }

    private static func openInReader(_ state: inout ReaderState, id: StoryID, recordJump: Bool) -> [ReaderEffect] {
        var effects = savePosition(&state)
        if recordJump, let current = state.openStory?.id, current != id { state.history.leave(current) }
        if state.openStory?.id != id { load(&state, id: id) }
        guard state.openStory?.id == id else { return effects }
        state.screen = .reader
        state.focus = .story
        clampStoryScroll(&state)
        selectRow(of: id, in: &state)
        if !state.marks(for: id).isRead {
            var marks = state.marks(for: id)
            marks.isRead = true
            state.setMarks(id, marks)
            effects.append(.record([StateChange(id: id, kind: .read)]))
        }
        return effects
    }

    private static func toggleFocus(_ state: inout ReaderState) {
        switch (state.screen, state.focus) {
        case (.browse, .list): state.focus = state.openStory == nil ? .list : .story
        case (.browse, _): state.focus = .list
        case (.reader, .story):
            if state.openStory?.story.latest.isEmpty ?? true {
                state.message = .info("this story has no latest-news list")
            } else {
                state.focus = .latestNews
            }
        case (.reader, _): state.focus = .story
        }
    }

    private static func back(_ state: inout ReaderState) -> [ReaderEffect] {
        if state.search?.isEditing == false && state.screen == .browse && state.focus == .list {
            return clearSearch(&state)
        }
        if state.screen == .reader || state.focus != .list {
            if state.screen == .reader, let current = state.openStory?.id, let previous = state.history.goBack(from: current) {
                let effects = savePosition(&state)
                load(&state, id: previous)
                selectRow(of: previous, in: &state)
                return effects
            }
            let effects = savePosition(&state)
            state.screen = .browse
            state.focus = .list
            return effects
        }
        if state.filter.isActive {
            state.filter = ListFilter()
            return refilter(&state)
        }
        return savePosition(&state) + [.quit]
    }

    private static func forward(_ state: inout ReaderState) -> [ReaderEffect] {
        guard let current = state.openStory?.id, let next = state.history.goForward(from: current) else {
            state.message = .info("nothing to go forward to")
            return []
        }
        let effects = savePosition(&state)
        load(&state, id: next)
        state.screen = .reader
        state.focus = .story
        selectRow(of: next, in: &state)
        return effects
    }

    private static func selectRow(of id: StoryID, in state: inout ReaderState) {
        if let index = state.summaryIndex[id], let row = state.order.firstIndex(of: index) {
            state.selection = row
            keepSelectionVisible(&state)
        }
    }

    private static func jump(_ state: inout ReaderState, toItem index: Int) -> [ReaderEffect] {
        guard let open = state.openStory else { return [] }
        guard open.story.latest.indices.contains(index) else {
            state.message = .error(open.story.latest.isEmpty ? "this story has no latest-news list" : "there is no item \(index + 1); the list has \(open.story.latest.count)")
            return []
        }
        guard let target = open.targets[index] else {
            let headline = open.story.latest[index].headline
            state.offeredSearch = significantWords(headline)
            state.message = .info("“\(headline)” is not in the store; press f to search the store for its words")
            return []
        }
        return openInReader(&state, id: target, recordJump: true)
    }

    private static func stepStory(_ state: inout ReaderState, by delta: Int) -> [ReaderEffect] {
        let row = state.selection + delta
        guard state.order.indices.contains(row) else {
            state.message = .info(delta > 0 ? "this is the last story of the list" : "this is the first story of the list")
            return []
        }
        let id = state.summaries[Int(state.order[row])].id
        if state.screen == .browse { return moveSelection(&state, to: row) }
        let saved = savePosition(&state)
        state.selection = row
        keepSelectionVisible(&state)
        return saved + openInReader(&state, id: id, recordJump: false)
    }

    private static func scrollStory(_ state: inout ReaderState, by lines: Int) {
        guard var open = state.openStory else { return }
        open.scroll = max(0, open.scroll.addingReportingOverflow(lines).partialValue)
        state.openStory = open
        clampStoryScroll(&state)
    }

    static func clampStoryScroll(_ state: inout ReaderState) {
        guard var open = state.openStory else { return }
        let columns = max(1, state.storyColumns)
        if open.measured?.columns != columns { open.measured = (columns, state.measure(open, columns)) }
        open.scroll = max(0, min(open.scroll, open.measured!.lines - max(1, state.storyRows)))
        state.openStory = open
    }

    /// Remembers where the open story was left, once it has been scrolled.
    private static func savePosition(_ state: inout ReaderState) -> [ReaderEffect] {
        guard let open = state.openStory, open.scroll != (state.positions[open.id] ?? 0) else { return [] }
        state.positions[open.id] = open.scroll
        var marks = state.marks(for: open.id)
        marks.position = open.scroll
        state.setMarks(open.id, marks)
        return [.record([StateChange(id: open.id, kind: .position(open.scroll))])]
    }

    // MARK: Search

    private static func startSearch(_ state: inout ReaderState, query: String, editing: Bool) -> [ReaderEffect] {
        if state.headlineIndex == nil { state.headlineIndex = HeadlineSearchIndex(summaries: state.summaries, generation: state.libraryGeneration) }
        let words = SearchQuery(query)
        let generation = state.nextGeneration
        state.nextGeneration += 1
        let count = state.summaries.count
        guard !words.isEmpty else {
            state.search = ReaderState.Search(query: query, isEditing: editing, headlineMatched: Array(repeating: true, count: count), bodyMatched: Array(repeating: false, count: count),
                                              headlineMatchCount: count, bodyMatchCount: 0, bodySearchPending: false, generation: generation)
            rebuildOrder(&state, keeping: state.selectedSummary?.id)
            return loadSelection(&state)
        }
        // A longer query only narrows: search within the previous headline matches.
        let previous = state.search
        let candidates: [Int32]
        if let previous, !SearchQuery(previous.query).isEmpty, query.hasPrefix(previous.query) {
            candidates = (0..<Int32(count)).filter { previous.headlineMatched[Int($0)] }
        } else {
            candidates = Array(0..<Int32(count))
        }
        var headlineMatched = Array(repeating: false, count: count)
        let matched = state.headlineIndex!.matches(words, among: candidates)
        for index in matched { headlineMatched[Int(index)] = true }
        var bodyCandidates: [StoryID] = []
        bodyCandidates.reserveCapacity(count - matched.count)
        state.summaries.withUnsafeBufferPointer { summaries in
            for index in 0..<count where !headlineMatched[index] { bodyCandidates.append(summaries[index].id) }
        }
        state.search = ReaderState.Search(query: query, isEditing: editing, headlineMatched: headlineMatched, bodyMatched: Array(repeating: false, count: count),
                                          headlineMatchCount: matched.count, bodyMatchCount: 0, bodySearchPending: true, generation: generation)
        let kept = state.selectedSummary?.id
        rebuildOrder(&state, keeping: kept)
        if !editing || state.selectedSummary?.id != kept { loadSelection(&state) }
        return [.searchBodies(query: query, generation: generation, candidates: bodyCandidates)]
    }

    private static func clearSearch(_ state: inout ReaderState) -> [ReaderEffect] {
        guard state.search != nil else { return [] }
        state.search = nil
        rebuildOrder(&state, keeping: state.selectedSummary?.id)
        return loadSelection(&state)
    }

    /// The words of a headline worth searching for (short words and numbers dropped).
    static func significantWords(_ headline: String) -> String {
        let words: [String] = HeadlineKey.normalised(headline).split(separator: " ").map(String.init).filter { $0.count > 3 }
        return words.prefix(4).joined(separator: " ")
    }

    // MARK: Marks

    private static func change(_ state: inout ReaderState, ids: [StoryID], description: String, _ apply: (inout StoryState) -> Void) -> [ReaderEffect] {
        var previous: [StoryID: StoryState] = [:]
        var changes: [StateChange] = []
        for id in ids {
            let before = state.marks(for: id)
            var after = before
            apply(&after)
            guard after != before else { continue }
            previous[id] = before
            state.setMarks(id, after)
            if after.isRead != before.isRead { changes.append(StateChange(id: id, kind: after.isRead ? .read : .unread)) }
            if after.isStarred != before.isStarred { changes.append(StateChange(id: id, kind: after.isStarred ? .star : .unstar)) }
        }
        guard !changes.isEmpty else {
            state.message = .info("nothing to change")
            return []
        }
        state.undo = ReaderState.Undo(description: description, previous: previous)
        state.message = .info(description + " — u to undo")
        return [.record(changes)]
    }

    private static func targetID(_ state: ReaderState) -> StoryID? {
        state.screen == .reader ? state.openStory?.id : state.selectedSummary?.id
    }

    private static func toggleRead(_ state: inout ReaderState) -> [ReaderEffect] {
        guard let id = targetID(state) else { return [] }
        let read = !state.marks(for: id).isRead
        return change(&state, ids: [id], description: read ? "marked read" : "marked unread") { $0.isRead = read }
    }

    private static func toggleStar(_ state: inout ReaderState) -> [ReaderEffect] {
        guard let id = targetID(state) else { return [] }
        let star = !state.marks(for: id).isStarred
        return change(&state, ids: [id], description: star ? "starred" : "unstarred") { $0.isStarred = star }
    }

    private static func markAllShownRead(_ state: inout ReaderState) -> [ReaderEffect] {
        let ids = state.order.map { state.summaries[Int($0)].id }
        let unread = ids.filter { !state.marks(for: $0).isRead }.count
        return change(&state, ids: ids, description: "marked \(unread) \(unread == 1 ? "story" : "stories") read") { $0.isRead = true }
    }

    private static func undo(_ state: inout ReaderState) -> [ReaderEffect] {
        guard let undo = state.undo else {
            state.message = .info("nothing to undo")
            return []
        }
        state.undo = nil
        var changes: [StateChange] = []
        for (id, before) in undo.previous {
            let now = state.marks(for: id)
            if now.isRead != before.isRead { changes.append(StateChange(id: id, kind: before.isRead ? .read : .unread)) }
            if now.isStarred != before.isStarred { changes.append(StateChange(id: id, kind: before.isStarred ? .star : .unstar)) }
            state.setMarks(id, StoryState(isRead: before.isRead, isStarred: before.isStarred, position: now.position))
        }
        if state.filter.unreadOnly || state.filter.starredOnly { rebuildOrder(&state, keeping: state.selectedSummary?.id) }
        state.message = .info("undid: \(undo.description)")
        return changes.isEmpty ? [] : [.record(changes.sorted { $0.id < $1.id })]
    }
}

extension ReaderAction {
    /// Whether a person asked for this (a key, a click), as opposed to the runtime
    /// reporting something; a command replaces the status-line message.
    var isCommand: Bool {
        switch self {
        case .resize, .bodyMatches, .libraryChanged, .headlineIndexReady, .reveal: false
        default: true
        }
    }
}
