import Dispatch
import Synchronization

/// One kind of background work that only the latest request matters for, in the
/// spirit of gitui's `AsyncSingleJob`: one request runs at a time; a request made
/// meanwhile waits, and a newer one replaces it; a result a newer request has made
/// stale is dropped. The run loop starts requests and takes each finished result.
final class BackgroundJob<Request: Sendable, Result: Sendable>: Sendable {
    private struct Progress {
        var running = false
        var waiting: Request?
        var finished: Result?
    }

    private let queue: DispatchQueue
    private let work: @Sendable (Request) -> Result
    private let progress = Mutex(Progress())

    init(label: String, qos: DispatchQoS = .userInitiated, work: @escaping @Sendable (Request) -> Result) {
        queue = DispatchQueue(label: label, qos: qos)
        self.work = work
    }

    /// True while a request runs or waits.
    var isBusy: Bool { progress.withLock { $0.running || $0.waiting != nil } }

    func start(_ request: Request) {
        let runsNow = progress.withLock { progress in
            progress.finished = nil
            if progress.running {
                progress.waiting = request
                return false
            }
            progress.running = true
            return true
        }
        if runsNow { run(request) }
    }

    /// The latest request's result, once; nil while it runs.
    func takeResult() -> Result? {
        progress.withLock { progress in
            defer { progress.finished = nil }
            return progress.finished
        }
    }

    private func run(_ request: Request) {
        queue.async { [self] in
            let result = work(request)
            let next = progress.withLock { progress -> Request? in
                guard let waiting = progress.waiting else {
                    progress.running = false
                    progress.finished = result
                    return nil
                }
                progress.waiting = nil
                return waiting
            }
            if let next { run(next) }
        }
    }
}
