import Foundation
import Inbox
import StoryStore

/// A store and an inbox folder in a fresh temporary folder, removed when the test ends.
final class InboxFolders {
    let base: String
    let store: String
    let inbox: String

    init() throws {
        base = FileManager.default.temporaryDirectory.appendingPathComponent("byline-inbox-test-\(UUID().uuidString)").path
        store = base + "/store"
        inbox = base + "/inbox"
        try FileManager.default.createDirectory(atPath: inbox, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: base)
    }

    func openStore() throws -> StoryStore {
        try StoryStore.open(at: store, machine: "test", create: true)
    }

    func inbox(_ store: StoryStore, afterImport: InboxPolicy.AfterImport = .keep) throws -> Inbox {
        try Inbox(store: store, policy: InboxPolicy(folders: [inbox], afterImport: afterImport), settle: .milliseconds(200))
    }

    /// Writes a whole page in one go and returns its path.
    @discardableResult
    func save(_ name: String, _ text: String) throws -> String {
        let path = inbox + "/" + name
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Saves the first bytes of a PNG image under a page's name: a file that holds no story.
    @discardableResult
    func saveImage(_ name: String) throws -> String {
        let path = inbox + "/" + name
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]).write(to: URL(fileURLWithPath: path))
        return path
    }
}

/// Runs the inbox until `done` says so (or 10 s pass), gathering what it delivered.
func deliveries(of inbox: Inbox, until done: ([InboxDelivery]) -> Bool) -> [InboxDelivery] {
    var all: [InboxDelivery] = []
    let end = ContinuousClock.now + .seconds(10)
    while ContinuousClock.now < end && !done(all) {
        let delivery = inbox.next(timeout: .milliseconds(100))
        if !delivery.isEmpty { all.append(delivery) }
    }
    return all
}

/// Runs the inbox for `duration`, gathering what it delivered (to see that nothing comes).
func deliveries(of inbox: Inbox, for duration: Duration) -> [InboxDelivery] {
    var all: [InboxDelivery] = []
    let end = ContinuousClock.now + duration
    while ContinuousClock.now < end {
        let delivery = inbox.next(timeout: .milliseconds(50))
        if !delivery.isEmpty { all.append(delivery) }
    }
    return all
}

/// A small page in the wire format.
func page(_ headline: String, body: String = "The ferry between the two islands runs again after the storm.") -> String {
    "\(headline)\n\nby PTI |\n\nPorto Vale, Jan 3 (PTI) \(body)\n\nA second paragraph says more about it.\n\n--PTI\n"
}
