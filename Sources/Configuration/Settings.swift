import Inbox
import ReaderModel

/// Everything a configuration file can change.
public struct Settings: Hashable, Sendable {
    public enum Theme: String, Hashable, Sendable, CaseIterable { case dark, light, mono }

    public var bindings = KeyBindings.standard
    public var preferences = DisplayPreferences()
    public var sort = SortOrder.newestFirst
    public var theme = Theme.dark
    /// The store folder when neither `--store` nor `BYLINE_STORE` names one.
    public var store: String?
    /// `pipe` and `clipboard`: handing stories to other tools.
    public var handoff = HandoffPreferences()
    /// `[searches]`: saved searches, in the order the file lists them.
    public var searches: [SavedSearch] = []
    /// `inbox`, `inbox-after`, `inbox-move-to`: folders whose new pages are imported as they arrive.
    public var inbox = InboxPolicy()

    public init() {}
}
