import PageReading
import StoryKit
import Testing

/// Where the headline of a text dump is, when lines around it share the article's words:
/// a photo caption the article's stretch took in above it, a standfirst under it, bullets
/// drawn around it, a breadcrumb that repeats it.
@Suite struct DumpHeadlineTests {
    /// A site's menus, so that the page reads as a dump.
    private let menu = (1...30).map { "• Section \($0)" }.joined(separator: "\n")

    private let article = """
        PORTO VALE (Harbour Wire) — The night ferry to the outer islands left the east quay at 11.40pm on Saturday, the first in ten years, carrying 212 passengers and a brass band.

        The harbour authority said the night ferry would run four times a night and cost the same as the daytime crossing to the outer islands.

        Night workers on the islands said the ferry would save them a night in town after every late shift, and the band played until the boat cleared the breakwater.
        """

    private func read(_ page: String) throws -> Story {
        let story = try PageReader.read(Array(page.utf8)).story
        #expect(story.kind == .dump)
        return story
    }

    @Test func aHeadlineUnderAPhotoCaptionIsFoundInsideTheArticlesStretch() throws {
        let story = try read(
            """
            Harbour Gazette
            \(menu)

            Passengers wait on the east quay at night for the first ferry to the outer islands in ten years, with a brass band playing beside them

            Night ferry returns to the outer islands

            By Marta Okonkwo

            \(article)
            """)
        #expect(story.headline == "Night ferry returns to the outer islands")
        #expect(!story.body.contains { $0.hasPrefix("Passengers wait") })
    }

    @Test func theHeadlineIsAboveAStandfirstThatSharesMoreOfTheLead() throws {
        let story = try read(
            """
            Harbour Gazette
            \(menu)

            Night ferry returns to the outer islands

            Outer islands night ferry sails from east quay

            [ferry-photo]
            Photo: Harbour Gazette

            \(article)
            """)
        #expect(story.headline == "Night ferry returns to the outer islands")
    }

    @Test func bulletsDrawnAroundTheHeadlineAreNotPartOfIt() throws {
        let story = try read(
            """
            Harbour Gazette
            \(menu)

            ● Night ferry returns to the outer islands ●

            \(article)
            """)
        #expect(story.headline == "Night ferry returns to the outer islands")
    }

    @Test func aBreadcrumbOrNumberedItemAboveTheHeadlineIsNotTakenForIt() throws {
        let story = try read(
            """
            Harbour Gazette
            \(menu)

            Home » Islands » Night ferry returns to the outer islands
             3. Porto Vale

            Night ferry returns to the outer islands

            \(article)
            """)
        #expect(story.headline == "Night ferry returns to the outer islands")
    }

    @Test func aStretchOfOneLineKeepsItAsTheArticle() throws {
        // The only prose above the comments is the article; the comment repeats its words.
        let story = try read(
            """
            Harbour Gazette
            \(menu)

            Harbour bridge closure approved by the city council after a long debate on the quay

            12 comments

            The harbour bridge closure approved by the city council after a long debate is a mistake, and the quay will suffer for it all winter.
            """)
        #expect(!story.body.isEmpty)
    }
}
