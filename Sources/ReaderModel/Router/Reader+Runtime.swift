import StoryKit

/// What the runtime reports: a new screen size, a new library, the results of effects.
/// The run loop never changes the state itself; it sends one of these.
extension Reader {
    static func runtimeUpdate(_ state: inout ReaderState, _ action: ReaderAction) -> [ReaderEffect] {
        switch action {
        case .resize(let viewport):
            state.viewport = viewport
            // Measured only when shown: the layout costs a pass over every binding.
            if state.help.isShown { state.help.fit(helpLayout(state)) }
            state.list.keepSelectionVisible(rows: viewport.listRows)
            state.story.clampScroll(in: state.storyFrame)
        case .dayChanged(let day):
            state.today = day
        case .linksFound(let id, let links, let generation):
            // An answer from a library since replaced may name stories this one lacks.
            guard generation == state.libraryGeneration else { break }
            let summaries = state.summaries, positions = state.summaryIndex
            let headline = { (id: StoryID) in positions[id].map { summaries[Int($0)].headline } ?? "" }
            state.story.takeLinks(links, for: id, headline: headline, in: state.storyFrame)
        case .neighboursFound(let id, let neighbours):
            let summaries = state.summaries, positions = state.summaryIndex
            state.story.takeNeighbours(neighbours, for: id, summary: { positions[$0].map { summaries[Int($0)] } }, in: state.storyFrame)
        case .libraryReplaced(let library, let keep):
            let kept = keep ?? state.selectedSummary?.id
            // Scrolled into the list, the story drawn first stays first, so stories that
            // arrive above do not move what is being read; at the head, they show.
            let firstDrawn = state.list.top > 0 ? state.list.order.dropFirst(state.list.top).first.map { state.summaries[Int($0)].id } : nil
            state.library = library
            state.takeLibrary(keepingMarks: true)
            state.list.resort(state.summaries)
            rebuildList(&state, keeping: kept)
            if let firstDrawn, let index = state.summaryIndex[firstDrawn], let row = state.list.row(of: index) {
                state.list.scroll(toTop: row, rows: state.viewport.listRows)
            }
        case .libraryCompleted(let library):
            let scroll = state.story.open?.scroll ?? 0
            // What the first screen said (a configuration problem, a note of the store's) stays.
            let message = state.message
            _ = runtimeUpdate(&state, .libraryReplaced(library, selectionKeptOn: nil))
            // Read again: the first library could not tell which stories its links name.
            loadSelection(&state)
            state.story.scroll(by: scroll - (state.story.open?.scroll ?? 0), in: state.storyFrame)
            state.message = message ?? state.message
        case .imported(let report):
            showImport(&state, report)
        case .effectFailed(let reason):
            state.message = .error(reason)
        case .notice(let message):
            state.message = message
        case .pagerFinished(let pager, let started):
            if !started { state.message = .error("cannot start the pager “\(pager)”; set PAGER to a program") }
        case .browserFinished(let browser, let started):
            state.message = started ? .info("opened in \(browser)") : .error("cannot start “\(browser)”; set BROWSER to a program")
        default: break
        }
        return []
    }

    /// Selects the newest story the import stored and says what the import did.
    private static func showImport(_ state: inout ReaderState, _ report: ImportReport) {
        let stored = Set(report.storedIDs)
        let summaries = state.summaries
        if let newest = state.list.order.lazy.map({ summaries[Int($0)].id }).first(where: stored.contains) {
            _ = update(&state, .reveal(newest))
        }
        let pages = report.pages
        var text = "imported \(pages) \(pages == 1 ? "page" : "pages"): \(report.new) new, \(report.updated) updated, \(report.unchanged) unchanged"
        if report.failed > 0 {
            text += ", \(report.failed) failed (the reasons are on the terminal when you quit)"
            state.message = .error(text)
        } else {
            state.message = .info(text + (stored.isEmpty ? "" : "; the newest is selected"))
        }
    }
}
