import StoryKit
import TerminalKit

/// Stepping through a search's matches in the open story (`n`, `N`): each step scrolls
/// the next line with a marked word to just below the top, with two lines of context.
extension Reader {
    static let matchContext = 2

    /// False when there is no search, or no match further in that direction.
    static func stepMatch(_ state: inout ReaderState, forward: Bool) -> Bool {
        guard let highlighter = state.search.highlighter, let open = state.openStory else { return false }
        let frame = state.storyFrame
        let lines = StoryView.lines(open.content(highlighting: highlighter), width: max(1, frame.columns))
        let matches = StoryView.matchLines(lines)
        let top = open.scroll
        let target = forward ? matches.first { $0 - matchContext > top } : matches.last { $0 - matchContext < top }
        guard let target else { return false }
        state.story.scroll(by: max(0, target - matchContext) - top, in: frame)
        // A match near the end cannot come up to the top: once the text cannot scroll, it is in view.
        return state.openStory?.scroll != top
    }
}
