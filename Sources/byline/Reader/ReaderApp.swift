import Configuration
import CursesBackend
import Foundation
import Inbox
import ReaderModel
import StoryKit
import StoryStore
import TerminalKit

/// The interactive reader's run loop: terminal events in, view-model updates, effects
/// carried out against the store, a frame out. Everything it decides comes from
/// `Reader.update`; this type only moves events and effects between the parts.
final class ReaderApp {
    private let store: StoryStore
    private let terminal: CursesTerminal
    private var state: ReaderState
    private let renderer = ScreenRenderer()
    private let jobs = ReaderJobs()
    private let pager: OriginalPagePager
    private let browser: WebPageOpener
    private var lastStoreCheck = ContinuousClock.now
    /// The inbox folders' watcher, when the configuration names some.
    private let inbox: ReaderInbox?
    /// Where `W` adds saved searches.
    private let configPath: String
    /// The signal (SIGTERM, SIGHUP, SIGINT) that asked the reader to end, if one did.
    private(set) var endingSignal: Int32?
    private let lateNotes: LateNotes

    /// `imported` is what `byline PATH...` just imported: the reader opens on the newest of
    /// those stories and says what the import did.
    init(store: StoryStore, terminal: CursesTerminal, settings: Settings, configPath: String, problems: [ConfigProblem], imported: ImportSummary? = nil) {
        self.store = store
        lateNotes = LateNotes(of: store)
        self.configPath = configPath
        self.terminal = terminal
        pager = OriginalPagePager(store: store, terminal: terminal)
        browser = WebPageOpener(terminal: terminal)
        inbox = settings.inbox.folders.isEmpty ? nil : ReaderInbox(storeRoot: store.layout.root, machine: store.machine, policy: settings.inbox)
        let viewport = ScreenLayout.viewport(width: terminal.width, height: terminal.height, listPercent: settings.preferences.listPercent)
        // From the front only in the list's own order, and not when the reader opens on
        // what was just imported (those stories may be old ones, far from the front).
        let listing = settings.sort == .newestFirst && imported == nil ? store.listing : nil
        let front = listing.flatMap { FrontLibrary(listing: $0, store: store, rows: max(256, 4 * terminal.height)) }
        state = ReaderState(
            library: front ?? StoreLibrary(store: store),
            viewport: viewport, sort: settings.sort, bindings: settings.bindings, preferences: settings.preferences, savedSearches: settings.searches,
            handoff: settings.handoff, today: WallClockTime.now()?.date)
        var startup: [ReaderAction] = []
        if let imported {
            startup.append(
                .imported(
                    ImportReport(
                        storedIDs: imported.storedIDs, new: imported.new, updated: imported.updated,
                        unchanged: imported.unchanged, failed: imported.failed)))
        }
        // Every note so far, those a walk just now added included.
        startup += store.loadNotes.map { .notice(.error($0)) }
        _ = lateNotes.take()
        if let first = problems.first {
            // The reader starts anyway; the status line says what was wrong and where.
            startup.append(.notice(.error(first.description + (problems.count > 1 ? " (and \(problems.count - 1) more: byline config --check)" : ""))))
        }
        for action in startup { _ = Reader.update(&state, action) }
    }

    /// Runs until the person quits or a signal asks the reader to end; returns that signal,
    /// for the caller to pass on once the terminal is restored.
    func run() -> Int32? {
        var running = true
        while running {
            draw()
            // Totals of its own: the first screen was drawn from the newest stories alone.
            if state.library.totals != nil { completeLibrary() }
            jobs.warmUpIfNeeded(for: state)
            jobs.indexHeadlinesIfNeeded(for: state)
            jobs.updateIndexIfNeeded(for: state)
            jobs.findLinksIfNeeded(for: state)
            jobs.findNeighboursIfNeeded(for: state)
            var event = terminal.nextEvent(timeout: jobs.isSearching ? 50 : 400)
            // Keys that arrived together (a paste, key repeat) are all handled before the next
            // frame, up to a bound so the screen still updates during a flood.
            var handled = 0
            repeat {
                running = handle(event)
                handled += 1
                event = running && handled < 256 ? terminal.nextEvent(timeout: 0) : .tick
            } while running && event != .tick
        }
        inbox?.stop()
        return endingSignal
    }

    /// Reads the whole catalog once the first screen, drawn from its front, is up, and
    /// takes it in place of the newest stories. Keys pressed meanwhile wait in the
    /// terminal and are handled against the whole library.
    private func completeLibrary() {
        // The reading state the first screen read is the whole library's too: no key has been handled.
        // The walk can find what loading from the front could not (a damaged catalog file).
        let actions: [ReaderAction] = [.libraryCompleted(StoreLibrary(store: store, states: state.library.states))] + lateNotes.take()
        for action in actions { _ = Reader.update(&state, action) }
        draw()
    }

    /// One event through the key map and the view-model; false means stop.
    private func handle(_ event: TerminalEvent) -> Bool {
        var running = true
        // Links found in the background go before a key: one that jumps to a latest-news
        // item must see them. Other answers, and links before a click, go after the event:
        // a key must not replace a note one of them brings, and a click is on the screen
        // as drawn.
        let links = jobs.foundLinks()
        let linksFirst = if case .key = event { true } else { false }
        var actions: [ReaderAction] = linksFirst ? links.map { [$0] } ?? [] : []
        switch event {
        case .key(.control("c")), .key(.control("q")):
            actions.append(.quit)
        case .key(.control("z")):
            terminal.suspend()
        case .key(.control("l")):
            terminal.redraw()
        case .key(let key):
            actions.append(.key(key))
        case .mouse(let mouse):
            actions.append(.mouse(mouse))
        case .resize(let width, let height):
            actions.append(.resize(ScreenLayout.viewport(width: width, height: height, listPercent: state.preferences.listPercent)))
        case .tick:
            break
        }
        if let signal = PendingSignal.take() {
            endingSignal = signal
            actions.append(.quit)
        }
        if !linksFirst, let links { actions.append(links) }
        actions += jobs.finished()
        actions += lateNotes.take()
        if let today = WallClockTime.now()?.date, today != state.today { actions.append(.dayChanged(today)) }
        let (arrived, notes) = inboxArrivals()
        actions += checkStore(now: arrived)
        actions += notes
        for action in actions {
            for effect in Reader.update(&state, action) where !perform(effect) { running = false }
        }
        return running
    }

    private func draw() {
        let minimum = (width: 20, height: 6)
        if terminal.width < minimum.width || terminal.height < minimum.height {
            var buffer = ScreenBuffer(width: terminal.width, height: terminal.height)
            let notice = "Byline needs \(minimum.width)×\(minimum.height); this is \(terminal.width)×\(terminal.height)"
            buffer.put(TextWrapper.truncate(notice, width: terminal.width), x: 0, y: 0, style: .statusError)
            terminal.present(buffer)
            return
        }
        terminal.present(renderer.render(state, width: terminal.width, height: terminal.height))
    }

    /// Carries out one effect; false means stop.
    private func perform(_ effect: ReaderEffect) -> Bool {
        switch effect {
        case .quit:
            return false
        case .record(let changes):
            do {
                try store.record(changes)
            } catch {
                feed(.effectFailed("not saved: \(error.message)"))
            }
        case .showOriginal(let id):
            feed(pager.show(id))
        case .openWebPage(let url):
            feed(browser.open(url))
        case .searchStories(let query, let generation, let marks):
            jobs.search(query, generation: generation, marks: marks, library: state.library)
        case .countSavedSearches(let searches, let marks):
            jobs.count(searches, marks: marks, library: state.library)
        case .pipeStory(let id, let command, let form):
            feed(StoryPipe(store: store, terminal: terminal).pipe(id, to: command, form: form))
        case .copyToClipboard(let text):
            terminal.setClipboard(text)
        case .saveSearch(let search):
            do {
                try SavedSearchWriter.add(search, toFileAt: configPath)
            } catch {
                feed(.effectFailed("the search is kept for now but not saved: \(error.description)"))
            }
        }
        return true
    }

    /// Hands a result back to the model; what it asks for next is carried out at once.
    private func feed(_ action: ReaderAction) {
        for effect in Reader.update(&state, action) { _ = perform(effect) }
    }

    /// What the inbox brought: whether it stored anything (its stories then reach the list
    /// at once, by the store check), and a note saying how many came from where.
    private func inboxArrivals() -> (stored: Bool, notes: [ReaderAction]) {
        guard let deliveries = inbox?.take(), !deliveries.isEmpty else { return (false, []) }
        let home = ProcessInfo.processInfo.environment["HOME"]
        let notes = deliveries.compactMap { $0.note(home: home) }.map { note -> ReaderAction in
            .notice(note.isProblem ? .error(note.text) : .info(note.text))
        }
        return (deliveries.contains { !$0.storedIDs.isEmpty }, notes)
    }

    /// Once a second, or `now` when the inbox stored stories: stories another process (or
    /// the inbox thread) imported appear, and the selection and what is drawn stay put.
    private func checkStore(now: Bool = false) -> [ReaderAction] {
        guard now || ContinuousClock.now - lastStoreCheck > .seconds(1) else { return [] }
        lastStoreCheck = .now
        guard store.catalogChangedOnDisk else { return [] }
        store.reload()
        return [.libraryReplaced(StoreLibrary(store: store), selectionKeptOn: state.selectedSummary?.id)]
    }
}
