/// The `byline parse --json` contract: one object per file with a fixed set of keys.
public enum ParseReport {
    /// The object for a page that was read.
    public static func json(file: String, page: ParsedPage) -> JSONValue {
        .object([("file", .string(file))] + page.story.jsonMembers() + [
            ("warnings", .array(page.warnings.map { .string($0.description) })),
        ])
    }

    /// The object for a file that could not be read or holds no article.
    public static func json(file: String, error reason: String) -> JSONValue {
        .object([("file", .string(file)), ("error", .string(reason))])
    }
}

extension Story {
    /// The story's fields in the contract's order (headline, byline, place, agency,
    /// date, body, signoff, latest), for every JSON form of a story to start from.
    /// `item` renders one latest-news entry; callers that resolve links add keys there.
    public func jsonMembers(
        item: (Int, LatestItem) -> JSONValue = { _, item in
            .object([("headline", .string(item.headline)), ("time", .string(item.time.description))])
        }
    ) -> [(key: String, value: JSONValue)] {
        [
            ("headline", .string(headline)),
            ("byline", .optional(byline)),
            ("place", .optional(place)),
            ("agency", .optional(agency)),
            ("date", .optional(date?.description)),
            ("body", .array(body.map(JSONValue.string))),
            ("signoff", .optional(signoff)),
            ("latest", .array(latest.enumerated().map(item))),
        ]
    }
}
