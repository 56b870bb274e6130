import StoryKit
import TerminalKit

/// The reader's behaviour: `update` applies an action to the state and returns the
/// effects the runtime must carry out. It is the one router: a key becomes an intent
/// through the key map, and the router alone looks at what has the focus (the help
/// overlay, the search field, the list, the story or its latest-news list) to hand
/// the intent to that component. It does no I/O beyond reading stories from the
/// library, so every transition is testable without a terminal.
public enum Reader {
    public static func update(_ state: inout ReaderState, _ action: ReaderAction) -> [ReaderEffect] {
        switch action {
        case .key(let key):
            guard let intent = intent(for: key, in: state) else { return [] }
            return update(&state, intent)
        case .mouse(let event):
            // The mouse acts on what it points at, under the help overlay too.
            return MouseMap.actions(for: event, in: state).flatMap { dispatch(&state, $0) }
        default:
            if state.help.isShown && action.isIntent { return helpUpdate(&state, action) }
            if state.views.isShown && action.isIntent { return savedSearchPanelUpdate(&state, action) }
            return dispatch(&state, action)
        }
    }

    /// Hands an action to the component it is for; an intent replaces the status message.
    private static func dispatch(_ state: inout ReaderState, _ action: ReaderAction) -> [ReaderEffect] {
        if action.isIntent { state.message = nil }
        switch action {
        case .key, .mouse: return []  // inputs never come here: `update` turns them into intents first
        case .moveUp, .moveDown, .pageUp, .pageDown, .top, .bottom: return move(&state, Movement(action)!)
        case .select(let row): return moveSelection(&state, to: row)
        case .scrollStory(let lines):
            state.story.scroll(by: lines, in: state.storyFrame)
            return []
        case .pageStory:
            state.story.scroll(by: state.storyPage, in: state.storyFrame)
            return []
        case .toggleHelp:
            state.help.toggle()
            return []
        case .scrollHelp(let lines):
            state.help.move(by: lines, in: helpLayout(state))
            return []
        case .quit: return savePosition(&state) + [.quit]

        case .nextUnread, .previousUnread, .previousMatch, .open, .toggleFocus, .back, .forward, .jump, .nextStory, .previousStory, .reveal, .showOriginal,
            .openWebPage, .stepVersion:
            return navigate(&state, action)
        case .searchOffered, .beginSearch, .searchInput, .searchDeleteBackward, .searchCommit, .searchCancel, .searchAnswered, .headlineIndexReady:
            return searchUpdate(&state, action)
        case .toggleRead, .toggleStar, .markAllShownRead, .undo:
            return marksUpdate(&state, action)
        case .beginPipe, .pipeInput, .pipeDeleteBackward, .pipeToggleForm, .pipeCommit, .pipeCancel, .pipeFinished, .copyToClipboard:
            return handoffUpdate(&state, action)
        case .toggleSavedSearches, .saveCurrentSearch, .savedSearchCounts:
            return savedSearchUpdate(&state, action)
        case .cycleSort, .toggleUnreadOnly, .toggleStarredOnly, .filterAgencyOfSelection, .filterDayOfSelection, .clearFilters:
            return listUpdate(&state, action)
        case .resize, .dayChanged, .linksFound, .neighboursFound, .libraryReplaced, .libraryCompleted, .imported, .effectFailed, .notice, .pagerFinished,
            .browserFinished:
            return runtimeUpdate(&state, action)
        }
    }

    /// What a key means here: text while a search is typed, else its binding's intent.
    static func intent(for key: Key, in state: ReaderState) -> ReaderAction? {
        // The overlay closes on these whatever they are bound to: a person looking at help reaches for them.
        if state.help.isShown && (key == .escape || key == .enter) { return .toggleHelp }
        if state.search.isEditing && !state.help.isShown { return SearchField.action(for: key) }
        if state.pipe.isEditing && !state.help.isShown { return PipePrompt.action(for: key) }
        let intent = KeyMap.action(for: key, bindings: state.bindings)
        // `f` means something only while the status line offers a search.
        if case .searchOffered? = intent, state.search.offered == nil { return nil }
        return intent
    }

    /// A movement goes to whatever has the focus.
    private static func move(_ state: inout ReaderState, _ movement: Movement) -> [ReaderEffect] {
        switch state.focus {
        case .list:
            guard !state.list.order.isEmpty else { return [] }
            return moveSelection(&state, to: state.list.row(after: movement, page: max(1, state.viewport.listRows - 1)))
        case .story:
            state.story.scroll(by: movement.lines(page: state.storyPage), in: state.storyFrame)
        case .latestNews:
            state.story.moveLatestSelection(movement, page: state.storyPage)
        }
        return []
    }

    /// While the help overlay is up it takes every intent: it scrolls, closes or quits,
    /// and swallows the rest (the status message stays too).
    private static func helpUpdate(_ state: inout ReaderState, _ intent: ReaderAction) -> [ReaderEffect] {
        let layout = helpLayout(state)
        guard let action = HelpOverlay.action(for: intent, page: max(1, layout.visibleRows - 1)) else { return [] }
        state.message = nil
        switch action {
        case .toggleHelp: state.help.toggle()
        case .scrollHelp(let lines): state.help.move(by: lines, in: layout)
        case .quit: return savePosition(&state) + [.quit]
        default: break
        }
        return []
    }

    /// Shows a screen with a focus; the story is kept within the new screen's frame.
    static func show(_ screen: ReaderState.Screen, focus: ReaderState.Focus, in state: inout ReaderState) {
        state.screen = screen
        state.focus = focus
        state.story.clampScroll(in: state.storyFrame)
    }

    static func helpLayout(_ state: ReaderState) -> HelpLayout {
        HelpLayout(width: state.viewport.width, height: state.viewport.height, bindings: state.bindings)
    }
}
