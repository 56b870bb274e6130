import StoryKit

/// Where everything lives inside a store folder, as `machine` sees it.
///
/// Every file is either shared by all machines and written once or appended to by one
/// alone (story files, the logs), or this machine's own (`local/MACHINE/`, `tmp/MACHINE/`),
/// so that a file syncer never sees two machines rewrite one file.
///
/// ```
/// STORE/
///   format                      "byline-store 3": refuses stores from newer versions
///   lock                        advisory lock taken by writers
///   stories/ab/ab12….story      one file per story: a JSON line (parsed fields, import
///                               metadata), then the original page's bytes, as
///                               two zstd frames
///   local/MACHINE/catalog       what the headline list needs, for every story (binary,
///                               derived, this machine's own: see `CatalogFiles`)
///   local/MACHINE/catalog.journal  catalog records appended since the catalog was last written
///   local/MACHINE/folders       what that catalog knows of each shard folder (`ShardStamps`)
///   local/MACHINE/state         the state logs folded up to some point (`StateCheckpoint`)
///   local/MACHINE/seen-pages    the page files this machine imported, by status (`SeenPages`)
///   state/MACHINE.log           read, star and position events, one log per machine
///   inbox/MACHINE.log           what this machine's inbox folders brought: each page's
///                               version and outcome (stored as which story, or why not)
///   tmp/MACHINE/                this machine's scratch folder: catalog files being written,
///                               the intent file of a batch, a `writing.PID` mark while a
///                               process writes story files, and `inbox.lock`, held by the
///                               process working the inbox
///   tmp/MACHINE/stories/ab/.ab12….tmp  a story file being written, in the shard of its final place
/// ```
public struct StoreLayout: Sendable {
    public let root: String
    /// The machine whose own files this layout names.
    public let machine: String

    public init(root: String, machine: String) {
        var root = root
        while root.count > 1 && root.hasSuffix("/") { root.removeLast() }
        self.root = root
        self.machine = machine
    }

    public var formatFile: String { root + "/format" }
    public var lockFile: String { root + "/lock" }
    /// The folder of what only this machine writes and only it reads: its catalog.
    public var localFolder: String { "\(root)/local/\(machine)" }
    public var catalogFile: String { localFolder + "/catalog" }
    public var journalFile: String { localFolder + "/catalog.journal" }
    /// Where each record of the catalog file sits, by id (`CatalogLookup`).
    var catalogLookupFile: String { localFolder + "/catalog-lookup" }
    var shardStampsFile: String { localFolder + "/folders" }
    /// Every state log folded up to some point (`StateCheckpoint`).
    var stateCheckpointFile: String { localFolder + "/state" }
    /// The page files this machine's imports read, by their status (`SeenPages`).
    var seenPagesFile: String { localFolder + "/seen-pages" }
    /// Format 1 kept one catalog for every machine at the store's top, which a file syncer
    /// could not keep right; it is read once, to move to this machine's own.
    var sharedCatalogFile: String { root + "/catalog" }
    var sharedJournalFile: String { root + "/catalog.journal" }
    public var storiesFolder: String { root + "/stories" }
    public var stateFolder: String { root + "/state" }
    /// This machine's scratch folder: another machine's crashed writer, or a syncer copying
    /// this one's files mid-write, never looks like work this machine left unfinished.
    public var temporaryFolder: String { "\(root)/tmp/\(machine)" }
    /// The scratch folder of format 1, which every machine shared: only litter is looked for there.
    var sharedTemporaryFolder: String { root + "/tmp" }
    /// Lists the stories a writer is moving into place; its presence after a crash asks for recovery.
    public var intentFile: String { temporaryFolder + "/intent" }

    public func storyFile(_ id: StoryID) -> String {
        let name = id.description
        return "\(storiesFolder)/\(name.prefix(2))/\(name).story"
    }

    /// A story file is written in a shard folder of `tmp/stories/` first, so that moving it
    /// into place is one rename, writers on different cores rarely share a folder, and the
    /// story folders themselves change only when a story arrives, goes or is replaced
    /// (which is what their stamps tell: `ShardStamps`).
    func temporaryStoryFile(_ id: StoryID) -> String {
        let name = id.description
        return "\(temporaryStoriesFolder)/\(name.prefix(2))/." + FileSystem.uniqueName(for: "\(name).story")
    }

    var temporaryStoriesFolder: String { temporaryFolder + "/stories" }

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
