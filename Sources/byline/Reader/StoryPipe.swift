import CursesBackend
import ReaderModel
import StoryKit
import StoryStore

/// `|`: the open story down a pipe into the command the person typed, as the text
/// `byline show` prints or as the page's bytes as they were saved.
struct StoryPipe {
    let store: StoryStore
    let terminal: CursesTerminal

    func pipe(_ id: StoryID, to command: String, form: PipePrompt.Form) -> ReaderAction {
        let stored: StoredStory
        do { stored = try store.story(id) } catch {
            return .effectFailed(error.message)
        }
        let input: [UInt8]
        switch form {
        case .page:
            input = stored.original
        case .text:
            let links = store.links
            let targets = stored.story.latest.map { links.resolve($0, from: id) }
            let text = StoryText(stored: stored, targets: targets, listedIn: links.stories(listing: id), versions: store.catalog.versions(of: id), store: store)
                .render(width: 78)
            input = Array(text.utf8)
        }
        return .pipeFinished(command: command, status: terminal.runCommand(command, input: input))
    }
}
