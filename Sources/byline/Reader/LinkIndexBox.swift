import StoryStore
import Synchronization

/// The link index, once the background build finishes.
final class LinkIndexBox: Sendable {
    private let index = Mutex<LinkIndex?>(nil)

    func set(_ value: LinkIndex) { index.withLock { $0 = value } }
    func get() -> LinkIndex? { index.withLock { $0 } }
}
