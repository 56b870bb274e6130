import HTMLTree

/// Counts of the open elements that change how text is read.
struct OpenContext {
    var links = 0
    var preformatted = 0
    var captions = 0
    var listItems = 0
    var quotes = 0
    var negative = 0
    private var headings: [Int] = []

    var headingLevel: Int? { headings.last }

    mutating func enter(_ tag: HTMLTag, hint: ElementHint) {
        change(tag, hint: hint, by: 1)
    }

    mutating func leave(_ tag: HTMLTag, hint: ElementHint) {
        change(tag, hint: hint, by: -1)
    }

    private mutating func change(_ tag: HTMLTag, hint: ElementHint, by step: Int) {
        switch tag {
        case .a: links += step
        case .pre: preformatted += step
        case .figure, .figcaption, .caption: captions += step
        case .li, .dd, .dt: listItems += step
        case .blockquote: quotes += step
        default:
            if let level = tag.headingLevel {
                if step > 0 { headings.append(level) } else { headings.removeLast() }
            }
        }
        if hint == .negative { negative += step }
    }
}
