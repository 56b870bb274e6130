import Dispatch

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
}
