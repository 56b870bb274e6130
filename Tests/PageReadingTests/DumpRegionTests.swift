import PageReading
import StoryKit
import Testing

/// Which lines of a text dump are the article.
@Suite struct DumpRegionTests {
    @Test func aDatelineParagraphCutOffByAPhotosFurnitureStillOpensTheArticle() throws {
        let menu = (1...30).map { "• Section \($0)" }.joined(separator: "\n")
        let page = """
            Harbour Gazette
            \(menu)

            Night ferry returns to the outer islands

            PORTO VALE, Dec. 27 (Harbour Wire) — The night ferry to the outer islands left the east quay on Saturday.

            Skip to next paragraph
            Enlarge This Image
            [ferry-photo]
            Marta Okonkwo/Harbour Gazette
            Share

            The harbour authority said the night ferry would run four times a night and cost the same as the daytime crossing to the outer islands.

            Night workers on the islands said the ferry would save them a night in town after every late shift, and the band played until the boat cleared the breakwater.
            """
        let story = try PageReader.read(Array(page.utf8)).story
        #expect(story.kind == .dump)
        #expect(story.place == "PORTO VALE")
        #expect(story.body.first?.hasPrefix("The night ferry to the outer islands left") == true)
        // The photo's furniture between the first paragraph and the rest stays out.
        #expect(!story.body.contains { $0.contains("Enlarge") || $0.contains("Skip to") || $0.contains("Okonkwo") })
        #expect(story.body.count == 3)
    }
}
