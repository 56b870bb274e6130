import StoryKit
import StoryStore

/// What one round of the inbox did: the pages it took, with their outcomes, and what it
/// noticed about the folders (one gone, one that cannot be watched).
public struct InboxDelivery: Sendable {
    public struct Page: Sendable {
        public var inbox: String
        public var outcome: ImportOutcome
        /// Where the page was moved once stored, when the policy moves pages.
        public var movedTo: String?

        public init(inbox: String, outcome: ImportOutcome, movedTo: String? = nil) {
            self.inbox = inbox
            self.outcome = outcome
            self.movedTo = movedTo
        }
    }

    public var pages: [Page] = []
    public var notes: [String] = []
    /// Set when the store refused the import (disk full, store unwritable).
    public var stoppedBecause: String?

    public var isEmpty: Bool { pages.isEmpty && notes.isEmpty && stoppedBecause == nil }
    public var storedIDs: [StoryID] { pages.compactMap(\.outcome.id) }

    public init() {}

    /// The reader's one-line note: "3 new stories from ~/Downloads/news", with updates,
    /// pages already stored and failures said after it; nil when there is nothing to say.
    public func note(home: String?) -> (text: String, isProblem: Bool)? {
        var counts: (new: Int, updated: Int, unchanged: Int, failed: Int) = (0, 0, 0, 0)
        var folders: [String] = []
        for page in pages {
            if !folders.contains(page.inbox) { folders.append(page.inbox) }
            switch page.outcome.kind {
            case .new: counts.new += 1
            case .updated: counts.updated += 1
            case .unchanged: counts.unchanged += 1
            case .failed: counts.failed += 1
            }
        }
        var parts: [String] = []
        if counts.new > 0 { parts.append("\(counts.new) new \(counts.new == 1 ? "story" : "stories")") }
        if counts.updated > 0 { parts.append("\(counts.updated) updated") }
        if counts.unchanged > 0 { parts.append("\(counts.unchanged) already stored") }
        var text = ""
        if !parts.isEmpty {
            let places = folders.map { Self.shortened($0, home: home) }
            text = Self.joined(parts) + " from " + Self.joined(places)
        }
        if counts.failed > 0 {
            let failure = "\(counts.failed) \(counts.failed == 1 ? "page" : "pages") not imported (byline check lists why)"
            text = text.isEmpty ? failure + " from " + Self.joined(folders.map { Self.shortened($0, home: home) }) : text + "; " + failure
        }
        if let stoppedBecause { text += (text.isEmpty ? "" : "; ") + "inbox stopped: " + stoppedBecause }
        for note in notes { text += (text.isEmpty ? "" : "; ") + note }
        guard !text.isEmpty else { return nil }
        return (text, counts.failed > 0 || stoppedBecause != nil || !notes.isEmpty)
    }

    /// `~/Downloads/news` for a folder under the home folder.
    public static func shortened(_ folder: String, home: String?) -> String {
        guard let home, !home.isEmpty, home != "/" else { return folder }
        let base = home.hasSuffix("/") ? String(home.dropLast()) : home
        if folder == base { return "~" }
        return folder.hasPrefix(base + "/") ? "~" + folder.dropFirst(base.count) : folder
    }

    static func joined(_ parts: [String]) -> String {
        switch parts.count {
        case 0: ""
        case 1: parts[0]
        default: parts.dropLast().joined(separator: ", ") + " and " + parts.last!
        }
    }
}
