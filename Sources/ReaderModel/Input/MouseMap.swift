import TerminalKit

/// Mouse events as intents: a click selects, a double click opens, the wheel scrolls
/// what it is over, and a click on a latest-news item jumps to it.
enum MouseMap {
    static func actions(for mouse: MouseEvent, in state: ReaderState) -> [ReaderAction] {
        let layout = ScreenLayout.make(
            width: state.viewport.width, height: state.viewport.height, screen: state.screen, listPercent: state.preferences.listPercent)
        if let list = layout.list, list.contains(x: mouse.x, y: mouse.y) {
            // The line clicked, through the day lines: a click on a day line selects nothing.
            let lines = state.list.lines(count: mouse.y - list.y + 1)
            let clicked: Int? = if lines.count == mouse.y - list.y + 1, case .story(let row) = lines.last { row } else { nil }
            let focusList: [ReaderAction] = state.focus == .list ? [] : [.toggleFocus]
            switch mouse.kind {
            case .click: return clicked.map { focusList + [.select(row: $0)] } ?? []
            case .doubleClick: return clicked.map { focusList + [.select(row: $0), .open] } ?? []
            case .wheelUp: return [.moveUp, .moveUp, .moveUp]
            case .wheelDown: return [.moveDown, .moveDown, .moveDown]
            }
        }
        if let story = layout.story, story.contains(x: mouse.x, y: mouse.y), let open = state.openStory {
            switch mouse.kind {
            case .wheelUp: return [.scrollStory(lines: -3)]
            case .wheelDown: return [.scrollStory(lines: 3)]
            case .click, .doubleClick:
                let lines = StoryView.lines(open.content, width: story.width)
                let line = open.scroll + mouse.y - story.y
                for index in open.itemTargets.indices.reversed() {
                    if let start = StoryView.line(ofItem: index, in: lines), line >= start, StoryView.line(line, isInItemStartingAt: start, in: lines) {
                        return [.jump(item: index + 1)]
                    }
                }
                return []
            }
        }
        return []
    }
}
