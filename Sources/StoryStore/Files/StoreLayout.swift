import StoryKit

/// Where everything lives inside a store folder.
///
/// ```
/// STORE/
///   format                      "byline-store 1": refuses stores from newer versions
///   lock                        advisory lock taken by writers
///   catalog                     what the headline list needs, for every story (binary, derived)
///   catalog.journal             catalog records appended since the catalog was last written
///   stories/ab/ab12….story      one file per story: a JSON line (parsed fields, import
///                               metadata), then the original page's bytes
///   state/MACHINE.log           read, star and position events, one log per machine
///   inbox/MACHINE.log           what this machine's inbox folders brought: each page's
///                               version and outcome (stored as which story, or why not)
///   tmp/                        catalog files being written, the intent file of a batch, a
///                               `writing.PID` mark while a process writes story files, and
///                               `inbox.lock`, held by the process working the inbox
///   stories/ab/.ab12….tmp       a story file being written, beside its final place
/// ```
public struct StoreLayout: Sendable {
    public let root: String

    public init(root: String) {
        var root = root
        while root.count > 1 && root.hasSuffix("/") { root.removeLast() }
        self.root = root
    }

    public var formatFile: String { root + "/format" }
    public var lockFile: String { root + "/lock" }
    public var catalogFile: String { root + "/catalog" }
    public var journalFile: String { root + "/catalog.journal" }
    public var storiesFolder: String { root + "/stories" }
    public var stateFolder: String { root + "/state" }
    public var temporaryFolder: String { root + "/tmp" }
    /// Lists the stories a writer is moving into place; its presence after a crash asks for recovery.
    public var intentFile: String { temporaryFolder + "/intent" }

    public func storyFile(_ id: StoryID) -> String {
        let name = id.description
        return "\(storiesFolder)/\(name.prefix(2))/\(name).story"
    }

    /// A temp file beside the story file it will replace: renames stay inside one folder,
    /// and writers on different shards never wait for one folder's lock.
    /// A story file is written beside its final place, so that moving it there is a rename
    /// within one folder, and writers on different cores rarely share a folder.
    func temporaryStoryFile(_ id: StoryID) -> String {
        let name = id.description
        return "\(storiesFolder)/\(name.prefix(2))/." + FileSystem.uniqueName(for: "\(name).story")
    }

    /// Present while process `processID` may have story files being written in the shard
    /// folders: after a crash it tells the next writer to look for them there.
    func writingMark(_ processID: Int32) -> String {
        "\(temporaryFolder)/writing.\(processID)"
    }

    public func stateLog(machine: String) -> String {
        "\(stateFolder)/\(machine).log"
    }

    public var inboxFolder: String { root + "/inbox" }
    /// Held by the one process that works the store's inbox on this machine.
    var inboxLockFile: String { temporaryFolder + "/inbox.lock" }

    public func inboxLog(machine: String) -> String {
        "\(inboxFolder)/\(machine).log"
    }
}
