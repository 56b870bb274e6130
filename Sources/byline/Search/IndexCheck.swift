import SearchIndex
import StoryKit

/// What `byline check` says of the search index, and what `--repair` does to it.
struct IndexCheck {
    var summary: String
    var problems: [String] = []

    static func run(_ search: StoreSearch, repair: Bool) -> IndexCheck {
        let wanted = search.storesFingerprint
        var check = IndexCheck(summary: "")
        let index: SearchIndex
        do {
            index = try SearchIndex(path: search.indexPath)
        } catch {
            return IndexCheck(summary: "cannot be opened", problems: ["search index: \(error.message)"])
        }
        if let reason = index.recreatedBecause { check.problems.append("search index: \(reason); started again") }
        let structure = index.integrityProblems()
        check.problems += structure.map { "search index: \($0)" }
        if repair && (!check.problems.isEmpty || !index.isCurrent(wanted)) {
            let (update, note) = structure.isEmpty ? search.updateIndex() : search.updateIndex(rebuild: true)
            if update != nil { check.problems = [] }
            if let note { check.problems.append("search index: \(note)") }
        }
        let count = (try? index.storyCount()) ?? 0
        check.summary =
            index.isCurrent(wanted)
            ? "\(count) stories, up to date"
            : "\(count) of \(search.source.catalog.entries.count) stories indexed; the next search or `byline index` brings it up to date"
        return check
    }
}
