import Foundation
import StoryStore

/// Keeps the search index in step after a command changed the store (import, reparse,
/// `check --repair`): the same run updates it, with a progress bar on a terminal. A
/// failure is a note, not an error: the stories are stored, and the next run repairs it.
enum IndexRefresh {
    static func run(_ store: StoryStore, showProgress: Bool) {
        let bar = showProgress && Terminal.standardErrorIsTerminal ? ProgressBar(label: "indexing") : nil
        let start = Date()
        let search = StoreSearch(store: store, environment: ProcessInfo.processInfo.environment)
        let (_, note) = search.updateIndex { done, total in
            if total > 0 { bar?.draw(done: done, total: total, seconds: Date().timeIntervalSince(start)) }
        }
        bar?.finish()
        if let note { StandardError.write("byline: note: \(note)") }
    }
}
