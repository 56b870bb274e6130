import ArgumentParser
import Foundation
import ReaderModel
import StoryKit
import StoryStore
import TerminalKit

enum ShowJSON {
    static func object(
        _ stored: StoredStory, targets: [StoryID?], listedIn: [StoryID], versions: [StoryID] = [], neighbours: StoryNeighbours = StoryNeighbours(),
        catalog: Catalog
    ) -> JSONValue {
        let members = stored.story.jsonMembers { index, item in
            .object(item.jsonMembers + [("story", .optional(targets[index]?.description))])
        }
        return .object(
            [("id", .string(stored.id.description))] + members + stored.story.pageMembers() + timeMembers(catalog.entry(stored.id)?.time) + [
                ("listedIn", .array(listedIn.map { .string($0.description) })),
                ("versions", .array(versions.filter { $0 != stored.id }.map { .string($0.description) })),
                ("alsoReported", .array(neighbours.alsoReported.map { .string($0.description) })),
                ("related", .array(neighbours.related.map { .string($0.description) })),
                ("warnings", .array(stored.warnings.map(JSONValue.string))),
                ("source", .string(stored.source)),
            ])
    }

    /// `time` and `timeKind`, as `byline list --json` prints them.
    static func timeMembers(_ time: StoryTime?) -> [(String, JSONValue)] {
        let known = time.flatMap { $0.kind == .undated ? nil : $0 }
        return [("time", .optional(known?.isoText)), ("timeKind", .optional(known?.kind.name))]
    }
}
