import Foundation

/// One entry of a page's latest-news list: another story's headline, when it was
/// posted and where it lives, as far as the page says.
public struct LatestItem: Hashable, Sendable, Codable {
    public var headline: String
    /// The wall-clock time printed beside the headline; no time zone is guessed.
    /// Real pages' related lists often print none.
    public var time: WallClockTime?
    /// The link's address, on pages that link their items.
    public var url: String?

    public init(headline: String, time: WallClockTime?, url: String? = nil) {
        self.headline = headline
        self.time = time
        self.url = url
    }
}

extension LatestItem {
    /// The time as people read it, `2026-01-04 14:20`; nil when the page printed none.
    public var readableTime: String? {
        time.map { $0.description.replacingOccurrences(of: "T", with: " ") }
    }
}
