import StoryKit

/// One story read again with the current parser: the parallel part of `reparse`.
enum ReparsedStory: Sendable {
    case failed(String)
    case unchanged
    /// Parsed differently: the new story, already written beside its final name.
    case written(StoredStory, temporary: String)
    case notWritten(StoreError)

    var writeError: StoreError? {
        if case .notWritten(let error) = self { return error }
        return nil
    }

    init(_ id: StoryID, files: StoryFiles, parser: PageParser) {
        guard let old = try? files.read(id) else {
            self = .failed("its file cannot be read (run `byline check --repair`)")
            return
        }
        let page: ParsedPage
        switch parser.result(old.original) {
        case .success(let parsed): page = parsed
        case .failure(let rejection):
            self = .failed("\(rejection)")
            return
        }
        let fresh = StoredStory(
            id: StoryID(page.story), story: page.story, warnings: page.warnings.map(\.description),
            original: old.original, originalHash: old.originalHash, source: old.source, importedAt: old.importedAt,
            parserVersion: parser.version
        )
        guard !fresh.sameContent(as: old) || fresh.parserVersion != old.parserVersion else {
            self = .unchanged
            return
        }
        do {
            self = .written(fresh, temporary: try files.writeTemporary(fresh))
        } catch {
            self = .notWritten(error)
        }
    }
}
