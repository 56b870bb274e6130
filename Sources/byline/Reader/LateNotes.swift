import ReaderModel
import StoryStore

/// What the store finds after the reader started (a catalog file found damaged by a walk
/// that was put off), kept for the status line: the terminal is the reader's, so nothing
/// may be printed on it.
final class LateNotes {
    private var notes: [String] = []

    /// Collects what `store` finds from now on.
    init(of store: StoryStore) {
        store.onLateNote = { [unowned self] in notes.append($0) }
    }

    /// The notes since the last call, as status-line notices.
    func take() -> [ReaderAction] {
        defer { notes = [] }
        return notes.map { .notice(.error($0)) }
    }
}
