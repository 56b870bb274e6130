import StoryKit

/// Moving between stories: the selection, opening, the reader's jumps and history.
/// These touch the list, the story pane and the marks together, so the router does them.
extension Reader {
    static func navigate(_ state: inout ReaderState, _ action: ReaderAction) -> [ReaderEffect] {
        switch action {
        case .nextUnread:
            // Reading a story found by a search, `n` goes to its next match first, as in a pager.
            if state.screen == .reader && stepMatch(&state, forward: true) { return [] }
            return moveToUnread(&state, forward: true)
        case .previousMatch:
            if !stepMatch(&state, forward: false) { state.message = .info(state.search.highlighter == nil ? "no search to step through" : "no match above") }
            return []
        case .previousUnread: return moveToUnread(&state, forward: false)
        case .open:
            if state.screen == .reader && state.focus == .latestNews { return jump(&state, toItem: state.story.latestSelection) }
            guard let summary = state.selectedSummary else { return [] }
            return openInReader(&state, id: summary.id, recordJump: false)
        case .toggleFocus:
            toggleFocus(&state)
            return []
        case .back: return back(&state)
        case .forward: return forward(&state)
        case .jump(let item): return jump(&state, toItem: item - 1)
        case .stepVersion(let step): return stepVersion(&state, by: step)
        case .nextStory: return stepStory(&state, by: 1)
        case .previousStory: return stepStory(&state, by: -1)
        case .reveal(let id): return reveal(&state, id)
        case .showOriginal:
            guard let id = targetID(state) else { return [] }
            return [.showOriginal(id)]
        case .openWebPage:
            return openWebPage(&state)
        default: return []
        }
    }

    /// `b`: the story's own web page. Only `http` and `https` addresses go to a browser;
    /// a page saved as text, or one whose address is anything else, says so instead.
    static func openWebPage(_ state: inout ReaderState) -> [ReaderEffect] {
        guard let id = targetID(state) else { return [] }
        let story = state.openStory?.id == id ? state.openStory?.story : state.library.story(id)
        guard let url = story?.url, !url.isEmpty else {
            state.message = .info("this story has no web address (its page did not state one)")
            return []
        }
        let lower = url.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://") else {
            state.message = .error("not opened: the page's address is not a web address (\(SafeText.sanitised(String(url.prefix(60)))))")
            return []
        }
        return [.openWebPage(url)]
    }

    /// The story a marking or `v` means: the one read full screen, else the selected one.
    static func targetID(_ state: ReaderState) -> StoryID? {
        state.screen == .reader ? state.openStory?.id : state.selectedSummary?.id
    }

    /// Selects a row and shows its story in the pane (browsing does not mark it read).
    static func moveSelection(_ state: inout ReaderState, to row: Int) -> [ReaderEffect] {
        guard !state.list.order.isEmpty else { return [] }
        let target = max(0, min(state.list.order.count - 1, row))
        guard target != state.list.selection || state.openStory == nil else { return [] }
        let saved = savePosition(&state)
        state.list.select(target, rows: state.viewport.listRows)
        loadSelection(&state)
        return saved
    }

    /// Shows the selected story in the reading pane, or nothing when the list is empty.
    static func loadSelection(_ state: inout ReaderState) {
        guard let summary = state.selectedSummary else {
            state.story.close()
            return
        }
        load(&state, id: summary.id)
    }

    private static func load(_ state: inout ReaderState, id: StoryID) {
        let summaries = state.summaries, positions = state.summaryIndex
        let headline = { (id: StoryID) in positions[id].map { summaries[Int($0)].headline } ?? "" }
        let time = positions[id].map { summaries[Int($0)].time }
        let versions = state.versionSummaries(of: id)
        guard state.story.load(id, from: state.library, time: time, versions: versions, headline: headline, in: state.storyFrame) else {
            state.message = .error("the story \(id) cannot be read; run `byline check --repair`")
            return
        }
    }

    /// Moves the selection onto a story's row, if the list shows it.
    private static func selectRow(of id: StoryID, in state: inout ReaderState) {
        if let index = state.summaryIndex[id], let row = state.list.row(of: index) {
            state.list.select(row, rows: state.viewport.listRows)
        }
    }

    private static func reveal(_ state: inout ReaderState, _ id: StoryID) -> [ReaderEffect] {
        guard let index = state.summaryIndex[id] else { return [] }
        if state.list.row(of: index) == nil {
            state.list.filter = ListFilter()
            _ = state.search.clear()
        }
        show(.browse, focus: .list, in: &state)
        rebuildList(&state, keeping: id)
        loadSelection(&state)
        return []
    }

    private static func moveToUnread(_ state: inout ReaderState, forward: Bool) -> [ReaderEffect] {
        let order = state.list.order, summaries = state.summaries, marks = state.marks
        let isUnread = { (row: Int) in !marks[summaries[Int(order[row])].id].isRead }
        // Walks from the selection without building a list of every row (`n` in 100,000 stories).
        let selection = state.list.selection
        let found =
            forward
            ? order.indices.dropFirst(selection + 1).first(where: isUnread)
            : order.indices.prefix(selection).reversed().first(where: isUnread)
        guard let row = found else {
            state.message = .info(forward ? "no unread story below" : "no unread story above")
            return []
        }
        if state.screen == .reader {
            let saved = savePosition(&state)
            state.list.select(row, rows: state.viewport.listRows)
            return saved + openInReader(&state, id: summaries[Int(order[row])].id, recordJump: false)
        }
        return moveSelection(&state, to: row)
    }

    /// `]` / `[`: the next older or newer version of the story read or selected, full
    /// screen, as a jump (`H` comes back); from the oldest, `]` goes round to the newest.
    private static func stepVersion(_ state: inout ReaderState, by step: Int) -> [ReaderEffect] {
        guard let id = targetID(state) else { return [] }
        let versions = state.versions(of: id)
        guard let position = versions.firstIndex(of: id) else {
            state.message = .info("this story has no other version in the store")
            return []
        }
        let target = (position + step % versions.count + versions.count) % versions.count
        let effects = openInReader(&state, id: versions[target], recordJump: true)
        state.message = .info("version \(target + 1) of \(versions.count), newest first")
        return effects
    }

    /// Opens a story full screen and marks it read.
    private static func openInReader(_ state: inout ReaderState, id: StoryID, recordJump: Bool) -> [ReaderEffect] {
        var effects = savePosition(&state)
        if recordJump { state.story.recordJump(to: id) }
        if state.openStory?.id != id { load(&state, id: id) }
        guard state.openStory?.id == id else { return effects }
        show(.reader, focus: .story, in: &state)
        selectRow(of: id, in: &state)
        // Reading one version reads them all.
        var read: [StateChange] = []
        for version in state.withVersions([id]) {
            var marks = state.marks[version]
            guard !marks.isRead else { continue }
            marks.isRead = true
            state.marks.set(version, marks, counted: state.isListed(version))
            read.append(StateChange(id: version, kind: .read))
        }
        if !read.isEmpty { effects.append(.record(read)) }
        return effects
    }

    private static func toggleFocus(_ state: inout ReaderState) {
        switch (state.screen, state.focus) {
        case (.browse, .list): state.focus = state.openStory == nil ? .list : .story
        case (.browse, _): state.focus = .list
        case (.reader, .story):
            if state.openStory?.itemTargets.isEmpty ?? true {
                state.message = .info("this story has no latest-news list")
            } else {
                state.focus = .latestNews
            }
        case (.reader, _): state.focus = .story
        }
    }

    private static func back(_ state: inout ReaderState) -> [ReaderEffect] {
        if state.search.session?.isEditing == false && state.screen == .browse && state.focus == .list {
            return clearSearch(&state)
        }
        if state.screen == .reader || state.focus != .list {
            if state.screen == .reader, let previous = state.story.goBack() {
                let effects = savePosition(&state)
                load(&state, id: previous)
                selectRow(of: previous, in: &state)
                return effects
            }
            let effects = savePosition(&state)
            show(.browse, focus: .list, in: &state)
            return effects
        }
        if state.list.filter.isActive {
            state.list.filter = ListFilter()
            return refilter(&state)
        }
        return savePosition(&state) + [.quit]
    }

    private static func forward(_ state: inout ReaderState) -> [ReaderEffect] {
        guard let next = state.story.goForward() else {
            state.message = .info("nothing to go forward to")
            return []
        }
        let effects = savePosition(&state)
        load(&state, id: next)
        show(.reader, focus: .story, in: &state)
        selectRow(of: next, in: &state)
        return effects
    }

    private static func jump(_ state: inout ReaderState, toItem index: Int) -> [ReaderEffect] {
        guard let open = state.openStory else { return [] }
        let items = open.itemTargets
        guard items.indices.contains(index) else {
            state.message = .error(items.isEmpty ? "this story has no latest-news list" : "there is no item \(index + 1); the list has \(items.count)")
            return []
        }
        guard let target = items[index] else {
            if !open.linksFound && index < open.targets.count {
                state.message = .info("still finding the stories this list names; try again in a moment")
                return []
            }
            let headline = open.story.latest[index].headline
            state.search.offer(StorySearch.significantWords(headline))
            state.message = .info("“\(headline)” is not in the store; press f to search the store for its words")
            return []
        }
        return openInReader(&state, id: target, recordJump: true)
    }

    private static func stepStory(_ state: inout ReaderState, by delta: Int) -> [ReaderEffect] {
        let row = state.list.selection + delta
        guard state.list.order.indices.contains(row) else {
            state.message = .info(delta > 0 ? "this is the last story of the list" : "this is the first story of the list")
            return []
        }
        let id = state.summaries[Int(state.list.order[row])].id
        if state.screen == .browse { return moveSelection(&state, to: row) }
        let saved = savePosition(&state)
        state.list.select(row, rows: state.viewport.listRows)
        return saved + openInReader(&state, id: id, recordJump: false)
    }

    /// Remembers where the open story was left, once it has been scrolled.
    static func savePosition(_ state: inout ReaderState) -> [ReaderEffect] {
        guard let change = state.story.leave(), case .position(let line) = change.kind else { return [] }
        var marks = state.marks[change.id]
        marks.position = line
        state.marks.set(change.id, marks, counted: state.isListed(change.id))
        return [.record([change])]
    }
}
