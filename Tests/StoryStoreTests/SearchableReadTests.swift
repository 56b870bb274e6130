import Foundation
import StoryKit
import Testing

@testable import StoryStore

/// The search index and the scan read only the searchable parts of each story file:
/// what they read must be what a search of the whole story would look at.
@Suite struct SearchableReadTests {
    @Test func theSearchablePartsAreThoseOfTheWholeStory() throws {
        let temporary = try TemporaryStore()
        let store = try temporary.open()
        #expect(store.importPages([TemporaryStore.fixturePages]).new == 56)
        let ids = store.catalog.entries.map(\.id)
        let reader = store.fileReader
        let whole = reader.readMany(ids) { _, stored in stored.story }
        let searchable = reader.readManySearchable(ids) { _, story in story }
        #expect(searchable.allSatisfy { $0 != nil })
        var fieldsSeen = Set<StoryField>()
        for (full, parts) in zip(whole, searchable) {
            let full = try #require(full), parts = try #require(parts)
            for field in StoryField.allCases {
                #expect(SearchableStory.text(of: field, in: parts) == SearchableStory.text(of: field, in: full), "\(field) of \(full.headline)")
                if !SearchableStory.text(of: field, in: full).isEmpty { fieldsSeen.insert(field) }
            }
            #expect(parts.date == full.date && parts.language == full.language && parts.url == full.url && parts.site == full.site)
        }
        #expect(fieldsSeen == Set(StoryField.allCases), "the fixtures fill every field, so each is compared")
    }

    @Test func aDamagedStoryFileIsLeftOutNotGuessed() throws {
        let temporary = try TemporaryStore()
        let store = try temporary.open()
        let path = try temporary.write("a.txt", page("Ferry service resumes"))
        #expect(store.importPages([path]).new == 1)
        let id = try #require(store.catalog.entries.first?.id)
        let file = store.layout.storyFile(id)
        let sound = Array(try Data(contentsOf: URL(fileURLWithPath: file)))
        #expect(store.fileReader.readManySearchable([id]) { _, story in story.headline } == ["Ferry service resumes"])
        // Its JSON line alone, the original page cut off: as broken here as for the whole read.
        try Data(sound.prefix { $0 != 0x0A }).write(to: URL(fileURLWithPath: file))
        #expect(store.fileReader.readManySearchable([id]) { _, story in story.headline } == [nil])
        #expect(throws: StoreError.self) { try store.fileReader.read(id) }
        try Data("{\"headline\": 7}\nthe page".utf8).write(to: URL(fileURLWithPath: file))
        #expect(store.fileReader.readManySearchable([id]) { _, story in story.headline } == [nil])
        #expect(throws: StoreError.self) { try StoryFiles(layout: store.layout).readSearchable(id) }
    }
}
