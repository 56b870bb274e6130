import Dispatch
import StoryStore
import Synchronization

/// The link index, built once on another thread when first asked for.
final class LinkIndexBox: Sendable {
    private struct Build {
        var started = false
        var index: LinkIndex?
    }
    private let build = Mutex(Build())

    /// Starts building the index of `catalog`'s links, unless a build has started already.
    func startBuilding(from catalog: Catalog) {
        let first = build.withLock { build in
            defer { build.started = true }
            return !build.started
        }
        guard first else { return }
        DispatchQueue.global(qos: .utility).async { [self] in
            let index = LinkIndex(catalog: catalog)
            build.withLock { $0.index = index }
        }
    }

    /// The index, once the build has finished.
    func get() -> LinkIndex? { build.withLock { $0.index } }
}
