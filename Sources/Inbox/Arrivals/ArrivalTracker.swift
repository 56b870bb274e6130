/// Decides when a file in an inbox is completely written, from the events seen so far.
///
/// A file is complete once it was renamed into the folder (a browser finishing a
/// download) or closed after writing, and then left alone for `settle`: a writer that
/// keeps the file open never closes it early, and one that opens it again for each
/// piece is waited for as long as its pieces come within `settle` of each other. Any
/// write starts the wait again. Pure state: the inbox feeds it events and the time.
public struct ArrivalTracker: Sendable {
    private struct Pending: Sendable {
        var lastActivity: ContinuousClock.Instant
        var complete: Bool
    }

    public let settle: Duration
    private var pending: [String: Pending] = [:]

    public init(settle: Duration) {
        self.settle = settle
    }

    /// Files noticed and not yet taken.
    public var waiting: Int { pending.count }

    public mutating func note(_ event: FolderEvent, at now: ContinuousClock.Instant) {
        guard InboxFileName.isPage(event.name) else { return }
        switch event.kind {
        case .changed: pending[event.path] = Pending(lastActivity: now, complete: false)
        case .closed, .arrived: pending[event.path] = Pending(lastActivity: now, complete: true)
        case .gone: pending[event.path] = nil
        case .folderGone, .overflow: break
        }
    }

    /// A file that was there before the watch began: complete unless it was modified
    /// within `settle` (it may still be being written), in which case it is waited for.
    public mutating func noteExisting(_ path: String, modifiedAgo age: Duration, at now: ContinuousClock.Instant) {
        pending[path] = Pending(lastActivity: now - max(.zero, min(age, settle)), complete: true)
    }

    /// Files that are complete and quiet at `now`, in name order, no longer tracked.
    public mutating func takeReady(at now: ContinuousClock.Instant) -> [String] {
        let ready = pending.filter { $0.value.complete && now - $0.value.lastActivity >= settle }.keys.sorted()
        for path in ready { pending[path] = nil }
        return ready
    }

    /// When the next file may become ready, so the watcher sleeps no longer than that.
    public var nextDeadline: ContinuousClock.Instant? {
        pending.values.filter(\.complete).map { $0.lastActivity + settle }.min()
    }
}
