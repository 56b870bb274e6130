import Foundation
import StoryKit

/// The fields of a story file that a search looks at (`SearchableStory` and the index's
/// documents), decoded without the rest: building the index decodes every story file,
/// and the latest-news items' times and addresses, the warnings and the original page
/// were most of that work.
struct SearchableFields: Decodable {
    // Not searched, but every story file has them: a file without them is as broken
    // here as it is to `StoredStoryCodec`, and left out of the index and the scan alike.
    var id: StoryID
    var original: String
    var parser: Int

    var headline: String
    var byline: String?
    var place: String?
    var agency: String?
    var date: CalendarDate?
    var body: [String]
    var latest: [LatestHeadline]
    var url: String?
    var site: String?
    var authors: [String]?
    var language: String?

    /// A latest-news item as a search reads it: its headline.
    struct LatestHeadline: Decodable {
        var headline: String
    }

    /// A story holding these fields only: its latest items have no time or address, and
    /// what a search does not read (signoff, kind, published time) is left at its default.
    var story: Story {
        Story(
            headline: headline, byline: byline, place: place, agency: agency, date: date, body: body,
            latest: latest.map { LatestItem(headline: $0.headline, time: nil) }, url: url, site: site, authors: authors ?? [],
            language: language)
    }
}
