import StoryKit

/// What became of one version of a file in an inbox folder: one line of this machine's
/// inbox log. The file's stamp says which version was handled, so a page saved again
/// (or replaced) is taken again, and one already handled is not read a second time.
public struct InboxRecord: Hashable, Sendable {
    public enum Status: String, Hashable, Sendable, Codable {
        case new, updated, unchanged, failed
    }

    /// The page's path as it was found in the inbox folder.
    public var file: String
    public var stamp: PageStamp
    public var status: Status
    /// The story the page became (absent for a failure).
    public var id: StoryID?
    /// Why the page was not stored.
    public var reason: String?
    /// Unix milliseconds.
    public var time: Int64

    public init(file: String, stamp: PageStamp, status: Status, id: StoryID?, reason: String?, time: Int64) {
        self.file = file
        self.stamp = stamp
        self.status = status
        self.id = id
        self.reason = reason
        self.time = time
    }

    /// The record of an import outcome.
    public init(_ outcome: ImportOutcome, stamp: PageStamp, time: Int64) {
        let status: Status
        var reason: String?
        switch outcome.kind {
        case .new: status = .new
        case .updated: status = .updated
        case .unchanged: status = .unchanged
        case .failed(let why):
            status = .failed
            reason = why
        }
        self.init(file: outcome.file, stamp: stamp, status: status, id: outcome.id, reason: reason, time: time)
    }

    var json: JSONValue {
        .object([
            ("time", .number(Int(time))), ("file", .string(file)),
            ("size", .number(Int(stamp.size))), ("modified", .number(Int(stamp.modified))), ("inode", .number(Int(bitPattern: UInt(stamp.inode)))),
            ("status", .string(status.rawValue)), ("id", .optional(id?.description)), ("reason", .optional(reason)),
        ])
    }
}

extension InboxRecord: Decodable {
    private enum Key: String, CodingKey { case time, file, size, modified, inode, status, id, reason }

    public init(from decoder: any Decoder) throws {
        let fields = try decoder.container(keyedBy: Key.self)
        file = try fields.decode(String.self, forKey: .file)
        stamp = PageStamp(
            size: try fields.decode(Int64.self, forKey: .size), modified: try fields.decode(Int64.self, forKey: .modified),
            inode: UInt64(bitPattern: try fields.decode(Int64.self, forKey: .inode)))
        status = try fields.decode(Status.self, forKey: .status)
        id = try fields.decodeIfPresent(String.self, forKey: .id).flatMap { StoryID(hex: $0) }
        reason = try fields.decodeIfPresent(String.self, forKey: .reason)
        time = try fields.decode(Int64.self, forKey: .time)
    }
}
