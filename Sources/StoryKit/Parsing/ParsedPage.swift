/// The result of reading one page.
public struct ParsedPage: Hashable, Sendable {
    public var story: Story
    public var warnings: [ParseWarning]

    public init(story: Story, warnings: [ParseWarning]) {
        self.story = story
        self.warnings = warnings
    }
}
