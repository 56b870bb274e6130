import ArgumentParser
import Foundation
import StoryKit
import StoryStore
import TerminalKit

enum ShowJSON {
    static func object(_ stored: StoredStory, targets: [StoryID?], listedIn: [StoryID], catalog: Catalog) -> JSONValue {
        let members = stored.story.jsonMembers { index, item in
            .object(item.jsonMembers + [("story", .optional(targets[index]?.description))])
        }
        return .object(
            [("id", .string(stored.id.description))] + members + stored.story.pageMembers() + [
                ("listedIn", .array(listedIn.map { .string($0.description) })),
                ("warnings", .array(stored.warnings.map(JSONValue.string))),
                ("source", .string(stored.source)),
            ])
    }
}
