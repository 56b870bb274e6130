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

extension LatestItem {
    /// Reads one line the way a latest-news list prints it, a headline with a timestamp
    /// at its end (`Rail strike called off Tue, Mar 03, 2026, 11:42 PM`); nil when the
    /// line ends in no timestamp the wire rules know.
    public init?(line: String) {
        var bytes = Array(line.utf8)
        if bytes.count > 4096 { bytes = Array(bytes.prefix(4096)) }
        guard let item = LineRules.latestItem(Line(bytes: bytes[...])) else { return nil }
        self = item
    }
}
