import StoryKit

/// Handing a story to other tools: `|` pipes it to a command, `y` copies its address
/// (or headline) to the terminal's clipboard.
extension Reader {
    static func handoffUpdate(_ state: inout ReaderState, _ action: ReaderAction) -> [ReaderEffect] {
        switch action {
        case .beginPipe:
            guard let id = targetID(state) else {
                state.message = .error("no story to pipe")
                return []
            }
            state.pipe.begin(for: id, command: state.handoff.pipeCommand)
        case .pipeInput(let text): state.pipe.type(text)
        case .pipeDeleteBackward: state.pipe.deleteBackward()
        case .pipeToggleForm: state.pipe.toggleForm()
        case .pipeCancel: state.pipe.end()
        case .pipeCommit:
            state.pipe.end()
            let command = state.pipe.command.trimmingCharacters(in: .whitespaces)
            guard !command.isEmpty, let id = state.pipe.story else {
                state.message = .error("no command given; nothing was piped")
                return []
            }
            return [.pipeStory(id, command: command, form: state.pipe.form)]
        case .pipeFinished(let command, let status):
            switch status {
            case nil: state.message = .error("cannot start “\(command)”")
            case 0?: state.message = .info("piped to “\(command)”")
            case let code?: state.message = .error("“\(command)” ended with status \(code)")
            }
        case .copyToClipboard:
            guard let id = targetID(state) else { return [] }
            guard state.handoff.clipboard else {
                state.message = .error("copying is off: set clipboard = true in the configuration (it uses OSC 52)")
                return []
            }
            let story = state.openStory?.id == id ? state.openStory?.story : state.library.story(id)
            guard let story else { return [] }
            let text = story.url.flatMap { $0.isEmpty ? nil : $0 } ?? story.headline
            state.message = .info(story.url?.isEmpty == false ? "copied the address" : "copied the headline")
            return [.copyToClipboard(text)]
        default: break
        }
        return []
    }
}
