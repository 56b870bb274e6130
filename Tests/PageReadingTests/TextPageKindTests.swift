import PageReading
import StoryKit
import Testing

/// Which reader a text page goes to: a tidy page is read by the wire rules even when
/// it has neither byline nor dateline; a page that opens with a site's menus is a dump.
@Suite struct TextPageKindTests {
    @Test func aTidyPageWithoutBylineOrDatelineIsStillAWirePage() throws {
        let page = """
            Harbour cafe opens a second branch on the quay

            The harbour cafe opened a second branch on the east quay on Saturday, with twenty seats and a view of the ferries.

            The owners said the new branch would stay open until the last boat leaves each night.
            """
        let story = try PageReader.read(Array(page.utf8)).story
        #expect(story.kind == .wire)
        #expect(story.headline == "Harbour cafe opens a second branch on the quay")
        #expect(story.body.count == 2)
    }

    @Test func aPageThatOpensWithASitesMenusIsADump() throws {
        let menu = (1...30).map { "• Section \($0)" }.joined(separator: "\n")
        let page = """
            Harbour Gazette
            \(menu)

            Harbour cafe opens a second branch on the quay

            The harbour cafe opened a second branch on the east quay on Saturday, with twenty seats and a view of the ferries.

            The owners said the new branch would stay open until the last boat leaves each night, and that the old one would close early.

            © Harbour Gazette. All rights reserved.
            """
        let story = try PageReader.read(Array(page.utf8)).story
        #expect(story.kind == .dump)
        #expect(story.headline == "Harbour cafe opens a second branch on the quay")
        #expect(!story.body.contains { $0.contains("Section") })
    }
}
