import Foundation
import SearchIndex
import StoryStore

/// Keeps the search index in step after a command changed the store (import, reparse,
/// `check --repair`): the same run updates it, with a progress bar on a terminal. A
/// failure is a note, not an error: the stories are stored, and the next run repairs it.
enum IndexRefresh {
    static func run(_ store: StoryStore, showProgress: Bool) {
        run(StoreSearch(store: store, environment: ProcessInfo.processInfo.environment), showProgress: showProgress)
    }

    /// Updates (or with `rebuild`, builds again) the index; nil when it could not.
    @discardableResult
    static func run(_ search: StoreSearch, rebuild: Bool = false, showProgress: Bool) -> IndexUpdate? {
        let bar = showProgress && Terminal.standardErrorIsTerminal ? ProgressBar(label: "indexing") : nil
        let start = Date()
        let (update, note) = search.updateIndex(rebuild: rebuild) { done, total in
            if total > 0 { bar?.draw(done: done, total: total, seconds: Date().timeIntervalSince(start)) }
        }
        bar?.finish()
        if let note { StandardError.write("byline: note: \(note)") }
        return update
    }
}
