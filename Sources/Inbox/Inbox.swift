import Foundation
import StoryKit
import StoryStore

/// Inbox folders that fill the store: every page that appears or changes in one is
/// imported once it is completely written (see `ArrivalTracker`), recorded in this
/// machine's inbox log, and kept or moved as the policy says. A page that fails stays
/// where it is, with its reason in the log for `byline check`.
///
/// One thread drives it: `byline watch` in its own loop, the reader on a thread of its
/// own. Each call of `next` waits for events, then imports what is ready.
public final class Inbox {
    public let store: StoryStore
    public let policy: InboxPolicy
    /// The folders being watched (those that could not be are in `problems`).
    public private(set) var watched: [String] = []
    /// Folders that cannot be watched, each a line saying why.
    public private(set) var problems: [String] = []

    private let watcher: FolderWatcher
    private var tracker: ArrivalTracker
    private var history: InboxHistory
    private let clock = ContinuousClock()

    /// Watches the policy's folders (creating those missing) and queues the pages already
    /// in them that this machine has not handled in their present version.
    public init(store: StoryStore, policy: InboxPolicy, settle: Duration = .seconds(1)) throws(InboxError) {
        self.store = store
        self.policy = policy
        watcher = try FolderWatcher()
        tracker = ArrivalTracker(settle: settle)
        history = store.inboxHistory()
        try? store.compactInboxLog(history)
        for folder in policy.folders where !watched.contains(folder) {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                problems.append("inbox \(folder): cannot create the folder")
                continue
            }
            do {
                try watcher.watch(folder)
                watched.append(folder)
                scan(folder)
            } catch {
                problems.append("inbox \(error.description)")
            }
        }
    }

    /// Waits up to `timeout` for pages to become ready and imports them; `onOutcome`
    /// hears each page once it is stored (or failed), as `importPages` reports it.
    public func next(timeout: Duration, onOutcome: (ImportOutcome) -> Void = { _ in }) -> InboxDelivery {
        var delivery = InboxDelivery()
        var wait = timeout
        if let deadline = tracker.nextDeadline { wait = min(wait, max(.zero, deadline - clock.now)) }
        for event in watcher.wait(timeout: wait) {
            switch event.kind {
            case .overflow:
                scan(event.folder)
            case .folderGone:
                if let index = watched.firstIndex(of: event.folder) {
                    watched.remove(at: index)
                    delivery.notes.append("inbox \(event.folder) is gone; it is no longer watched")
                }
            default:
                tracker.note(event, at: clock.now)
            }
        }
        let ready = tracker.takeReady(at: clock.now).compactMap { path -> (String, PageStamp)? in
            // Gone, a folder now, or empty (Firefox's placeholder beside its `.part`): the
            // next write brings it back.
            guard let stamp = PageStamp(path: path), stamp.size > 0, !history.handled(path, stamp: stamp) else { return nil }
            return (path, stamp)
        }
        guard !ready.isEmpty else { return delivery }
        let stamps = Dictionary(ready, uniquingKeysWith: { first, _ in first })
        var outcomes: [ImportOutcome] = []
        let summary = store.importPages(
            ready.map(\.0), batchSize: 256,
            onOutcome: { outcome in
                outcomes.append(outcome)
                onOutcome(outcome)
            })
        delivery.stoppedBecause = summary.stoppedBecause
        let time = StoryStore.nowMilliseconds()
        let records = outcomes.compactMap { outcome in stamps[outcome.file].map { InboxRecord(outcome, stamp: $0, time: time) } }
        do {
            try store.recordInbox(records)
            for record in records { history.add(record) }
        } catch {
            // Without the record the pages are simply taken again next time (as unchanged).
            delivery.notes.append("the inbox log cannot be written: \(error.message)")
        }
        for outcome in outcomes {
            let inbox = (outcome.file as NSString).deletingLastPathComponent
            var page = InboxDelivery.Page(inbox: inbox, outcome: outcome)
            if outcome.id != nil, let destination = policy.destination(for: inbox) {
                do {
                    page.movedTo = try InboxMover.move(outcome.file, into: destination)
                } catch {
                    delivery.notes.append(error.description)
                }
            }
            delivery.pages.append(page)
        }
        return delivery
    }

    /// Queues the pages in `folder` not handled in their present version.
    private func scan(_ folder: String) {
        let now = clock.now
        let wallNow = Date()
        let base = folder.hasSuffix("/") ? folder : folder + "/"
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where InboxFileName.isPage(name) {
            let path = base + name
            guard let stamp = PageStamp(path: path), !history.handled(path, stamp: stamp) else { continue }
            let modified = Date(timeIntervalSince1970: Double(stamp.modified) / 1e9)
            tracker.noteExisting(path, modifiedAgo: .seconds(max(0, wallNow.timeIntervalSince(modified))), at: now)
        }
    }
}
