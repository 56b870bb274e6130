import StoryKit

/// What one story file holds, worked out without the store: safe on any thread.
struct StoryFileFinding: Sendable {
    var problems: [String] = []
    /// The file's catalog record; nil when the file must be moved aside.
    var record: CatalogRecord?
    var originalDamaged = false
    /// Written plain by an earlier Byline: readable, and compressed by `check --repair`.
    var isPlain = false
    /// The id the file's name gives, to rebuild the story from the catalog's record of it.
    var idFromName: StoryID?

    init(path: String) {
        let name = String(path.split(separator: "/").last!.split(separator: ".").first!)
        idFromName = StoryID(hex: name)
        let stored: StoredStory
        do {
            let bytes = try FileSystem.readFile(path)
            isPlain = !StoryFileCompression.isCompressed(bytes)
            stored = try StoredStoryCodec.decode(bytes)
        } catch {
            problems.append("\(path): \(error.message)")
            return
        }
        guard stored.id.description == name else {
            problems.append("\(path): holds story \(stored.id), not \(name)")
            return
        }
        if StableHasher.hash(stored.original) != stored.originalHash {
            problems.append("\(path): the original page inside does not match its recorded hash")
            originalDamaged = true
        }
        record = stored.catalogRecord
    }
}
