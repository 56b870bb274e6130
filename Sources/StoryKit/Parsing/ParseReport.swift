/// The `byline parse --json` contract: one object per file with a fixed set of keys.
public enum ParseReport {
    /// The object for a page that was read.
    public static func json(file: String, page: ParsedPage) -> JSONValue {
        .object(
            [("file", .string(file))] + page.story.jsonMembers() + page.story.pageMembers() + [
                ("warnings", .array(page.warnings.map { .string($0.description) }))
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
        item: (Int, LatestItem) -> JSONValue = { _, item in .object(item.jsonMembers) }
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

    /// What a real page states about itself (the contract's "Real pages" keys), in order.
    public func pageMembers() -> [(key: String, value: JSONValue)] {
        [
            ("kind", .string(kind.rawValue)),
            ("url", .optional(url)),
            ("site", .optional(site)),
            ("authors", .array(authors.map(JSONValue.string))),
            ("published", .optional(published?.description)),
            ("language", .optional(language)),
        ]
    }
}

extension LatestItem {
    /// `headline` and `time` always (the time null when the page printed none); `url` only
    /// when the page linked the item, so wire pages keep their two keys.
    public var jsonMembers: [(key: String, value: JSONValue)] {
        var members: [(key: String, value: JSONValue)] = [
            ("headline", .string(headline)), ("time", .optional(time?.description)),
        ]
        if let url { members.append(("url", .string(url))) }
        return members
    }
}
