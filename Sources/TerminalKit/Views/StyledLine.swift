/// A line of the story view: styled runs of text.
public struct StyledLine: Hashable, Sendable {
    public var runs: [(text: String, style: Style)]

    public static func == (lhs: StyledLine, rhs: StyledLine) -> Bool {
        lhs.runs.map(\.text) == rhs.runs.map(\.text) && lhs.runs.map(\.style) == rhs.runs.map(\.style)
    }

    public func hash(into hasher: inout Hasher) {
        for run in runs { hasher.combine(run.text); hasher.combine(run.style) }
    }

    init(_ text: String, _ style: Style = .normal) { runs = [(text, style)] }
    init(runs: [(text: String, style: Style)]) { self.runs = runs }
}
