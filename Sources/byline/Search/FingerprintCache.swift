import SearchIndex
import Synchronization

/// The fingerprint of a catalog, computed on first use and kept: a library's catalog
/// does not change, and every search asks whether the index matches it.
final class FingerprintCache: Sendable {
    private let value = Mutex<IndexFingerprint?>(nil)

    func get(_ compute: () -> IndexFingerprint) -> IndexFingerprint {
        value.withLock { cached in
            if let cached { return cached }
            let fingerprint = compute()
            cached = fingerprint
            return fingerprint
        }
    }
}
