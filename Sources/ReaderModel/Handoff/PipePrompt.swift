import StoryKit
import TerminalKit

/// `|`: the command line typed in the status line to pipe the open story to. The story
/// goes to the command's standard input, as text or as the page it was read from, and
/// never onto the command line itself.
public struct PipePrompt: Hashable, Sendable {
    /// What goes down the pipe.
    public enum Form: String, Hashable, Sendable {
        case text = "story text"
        case page = "saved page"
    }

    public internal(set) var isEditing = false
    public internal(set) var command = ""
    public internal(set) var form = Form.text
    /// The story it was opened for.
    public internal(set) var story: StoryID?

    mutating func begin(for story: StoryID, command: String) {
        isEditing = true
        self.command = command
        self.story = story
        form = .text
    }

    mutating func end() { isEditing = false }

    mutating func toggleForm() { form = form == .text ? .page : .text }

    mutating func type(_ text: String) { command += text }

    mutating func deleteBackward() { _ = command.popLast() }

    /// What a key does while the command is typed: text, Tab for the form, Enter, Esc.
    static func action(for key: Key) -> ReaderAction? {
        switch key {
        case .escape: .pipeCancel
        case .enter: .pipeCommit
        case .tab, .backTab: .pipeToggleForm
        case .backspace, .delete: .pipeDeleteBackward
        case .character(let character): .pipeInput(String(character))
        default: nil
        }
    }
}
