import ReaderTestSupport
import StoryKit
import Testing

@testable import ReaderModel

/// The search component alone: headline matches at once, text matches from the background.
@Suite struct StorySearchTests {
    private let summaries = FixtureLibrary.library().summaries

    @Test func aLongerQueryNarrowsTheHeadlineMatchesAndAsksTheLibraryForTheRest() {
        var search = StorySearch()
        let wide = search.start("fe", editing: true, summaries: summaries, libraryGeneration: 1)
        let wideCount = search.session!.headlineMatchCount
        let narrow = search.start("fer", editing: true, summaries: summaries, libraryGeneration: 1)
        #expect(search.session!.headlineMatchCount <= wideCount)
        #expect(narrow.generation > wide.generation)
        #expect(narrow.query?.text == "fer")
        #expect(search.session!.bodySearchPending)
    }

    @Test func aHeadlineBeyondThePreviewIsStillAHeadlineMatchOnceAnswered() {
        // More stories than the preview reads: the oldest one's headline is not looked at as typed.
        let many = (0..<(StorySearch.previewLimit + 10)).map { index in
            StorySummary(id: StoryID(value: UInt64(index + 1)), headline: index == 0 ? "Ferry returns" : "Harbour news \(index)")
        }
        var search = StorySearch()
        let started = search.start("ferry", editing: true, summaries: many, libraryGeneration: 1)
        #expect(search.session!.headlineMatchCount == 0)
        let taken = search.answer([0], generation: started.generation)
        #expect(taken)
        #expect(search.session!.headlineMatchCount == 1 && search.session!.bodyMatchCount == 0)
        #expect(!search.session!.matchesOnlyInText(0), "its headline has the word: no ≈ mark")
    }

    @Test func anEmptyQueryMatchesEveryStoryWithoutATextSearch() {
        var search = StorySearch()
        let started = search.start("  ", editing: true, summaries: summaries, libraryGeneration: 1)
        #expect(started.query == nil)
        #expect(search.session!.headlineMatchCount == summaries.count)
    }

    @Test func anAnswerToAnOlderQueryIsDropped() {
        var search = StorySearch()
        let old = search.start("harbour", editing: true, summaries: summaries, libraryGeneration: 1)
        _ = search.start("harbours", editing: true, summaries: summaries, libraryGeneration: 1)
        let taken = search.answer([0], generation: old.generation)
        #expect(!taken)
        #expect(search.session!.bodyMatchCount == 0)
        #expect(search.session!.bodySearchPending)
    }

    @Test func anIndexOfAnotherLibraryIsNotAdopted() {
        var search = StorySearch()
        search.adopt(HeadlineSearchIndex(summaries: summaries, generation: 1), libraryGeneration: 2)
        #expect(search.headlineIndex == nil)
        search.adopt(HeadlineSearchIndex(summaries: summaries, generation: 2), libraryGeneration: 2)
        #expect(search.headlineIndex != nil)
    }

    @Test func thePreviewLooksForTheWordsEveryMatchMustHaveInAHeadline() throws {
        #expect(StorySearch.previewWords(try StoryQuery(parsing: "ferry headline:night -storm body:ice is:unread")) == "ferry night")
        #expect(StorySearch.previewWords(try StoryQuery(parsing: "ferry OR storm")) == "")
    }

    @Test func theSearchOfferedForAMissingStoryKeepsItsLongWords() {
        #expect(StorySearch.significantWords("Ferry to resume on the 12 routes next week") == "ferry resume routes next")
    }
}
