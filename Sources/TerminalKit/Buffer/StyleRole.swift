/// What a cell means, which a theme turns into colours; monochrome terminals use
/// only the attributes, so every role still reads without colour.
public enum StyleRole: Hashable, Sendable, CaseIterable {
    case normal, title, headline, meta, unread, starred, selection, inactiveSelection
    case link, missingLink, sectionHeading, status, statusError, searchPrompt, help, helpKey, border
    /// A word the search found, in the list and the story.
    case match
}
