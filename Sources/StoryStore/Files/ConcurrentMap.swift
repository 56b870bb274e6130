import Dispatch
import Foundation
import Synchronization

extension Array where Element: Sendable {
    /// `map` on every core, results in order: for the store's passes over many files
    /// (preparing an import, `check`, `reparse`) whose items do not depend on each other.
    func concurrentMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        let results = ResultSlots<T>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            results.set(index, transform(self[index]))
        }
        return results.values
    }

    /// `map` on `width` threads, results in order: for work that mostly waits on the disk
    /// (reading many story files from a cold page cache), where one thread per core leaves
    /// the disk idle between requests.
    func ioBoundMap<T: Sendable>(width: Int = 16, _ transform: @escaping @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        let results = ResultSlots<T>(count: count)
        let next = Atomic<Int>(0)
        let group = DispatchGroup()
        let items = self
        for _ in 0..<Swift.min(width, count) {
            group.enter()
            Thread {
                while true {
                    let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                    guard index < items.count else { break }
                    results.set(index, transform(items[index]))
                }
                group.leave()
            }.start()
        }
        group.wait()
        return results.values
    }
}
