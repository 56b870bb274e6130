import Dispatch
import Foundation
import Inbox
import PageReading
import StoryStore
import Synchronization

/// The reader's inbox: a thread of its own that watches the inbox folders and imports
/// what arrives, through a store opened for it (the reader's own is read on the main
/// thread). The run loop takes what each round did and shows it; new stories reach the
/// list as they do when another process imports.
final class ReaderInbox: Sendable {
    private let deliveries = Mutex<[InboxDelivery]>([])
    private let stopping = Atomic<Bool>(false)
    private let ended = DispatchSemaphore(value: 0)

    /// Starts watching; when `byline watch` or another reader already works this store's
    /// inbox, it is left to that process (its stories appear all the same).
    init(storeRoot: String, machine: String, policy: InboxPolicy) {
        let thread = Thread { [self] in
            defer { ended.signal() }
            work(storeRoot: storeRoot, machine: machine, policy: policy)
        }
        thread.name = "byline.inbox"
        thread.qualityOfService = .utility
        thread.start()
    }

    /// What the inbox did since the last look.
    func take() -> [InboxDelivery] {
        deliveries.withLock { taken in
            defer { taken = [] }
            return taken
        }
    }

    /// Asks the thread to end and waits for a round in progress, at most `limit`: the
    /// store is safe either way, but a finished round also has its pages logged and moved.
    func stop(waitingAtMost limit: DispatchTimeInterval = .seconds(3)) {
        stopping.store(true, ordering: .relaxed)
        _ = ended.wait(timeout: .now() + limit)
    }

    private func work(storeRoot: String, machine: String, policy: InboxPolicy) {
        let inbox: Inbox
        let lock: StoreLock
        do {
            let store = try StoryStore.open(at: storeRoot, machine: machine, parser: PageReader.parser)
            guard let taken = store.takeInboxLock(wait: false) else { return }
            lock = taken
            inbox = try Inbox(store: store, policy: policy)
        } catch let error as InboxError {
            deliver(notes: [error.description])
            return
        } catch {
            deliver(notes: ["the inbox cannot open the store: \((error as? StoreError)?.message ?? "\(error)")"])
            return
        }
        deliver(notes: inbox.problems)
        while !stopping.load(ordering: .relaxed) {
            let delivery = inbox.next(timeout: .milliseconds(250))
            if !delivery.isEmpty { deliveries.withLock { $0.append(delivery) } }
        }
        withExtendedLifetime(lock) {}
    }

    private func deliver(notes: [String]) {
        guard !notes.isEmpty else { return }
        var delivery = InboxDelivery()
        delivery.notes = notes
        deliveries.withLock { $0.append(delivery) }
    }
}
