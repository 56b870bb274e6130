/// The `byline parse --json` contract: one object per file with a fixed set of keys.
public enum ParseReport {
    /// The object for a page that was read.
    public static func json(file: String, page: ParsedPage) -> JSONValue {
        let story = page.story
        return .object([
            ("file", .string(file)),
            ("headline", .string(story.headline)),
            ("byline", .optional(story.byline)),
            ("place", .optional(story.place)),
            ("agency", .optional(story.agency)),
            ("date", .optional(story.date?.description)),
            ("body", .array(story.body.map(JSONValue.string))),
            ("signoff", .optional(story.signoff)),
            ("latest", .array(story.latest.map { item in
                .object([("headline", .string(item.headline)), ("time", .string(item.time.description))])
            })),
            ("warnings", .array(page.warnings.map { .string($0.description) })),
        ])
    }

    /// The object for a file that could not be read or holds no article.
    public static func json(file: String, error reason: String) -> JSONValue {
        .object([("file", .string(file)), ("error", .string(reason))])
    }
}
