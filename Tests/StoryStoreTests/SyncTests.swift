import Dispatch
import Foundation
import StoryKit
import Synchronization
import Testing

@testable import StoryStore

/// Stores copied to several machines, changed on each, and synced as file syncers do,
/// must end with the same list, the same states and a clean check, nothing lost.
@Suite struct SyncTests {
    enum Syncer: CaseIterable, CustomStringConvertible {
        /// `rsync -a --update` in both directions between every pair.
        case rsync
        /// Both ways at once, keeping a conflict copy of a file both sides changed.
        case conflictCopies

        var description: String { self == .rsync ? "rsync -a --update" : "conflict copies" }
    }

    /// Machines that share one store through a syncer, each with its own copy.
    final class Machines {
        let base: String
        let names: [String]
        private var lastMet: [String: [String: Int64]] = [:]

        /// The first machine imports `seed` and the pages `seedTexts`; the others start from a copy.
        init(_ names: [String], seed: [String], seedTexts: [String] = []) throws {
            base = FileManager.default.temporaryDirectory.appendingPathComponent("byline-sync-test-\(UUID().uuidString)").path
            self.names = names
            var paths = seed
            for (number, text) in seedTexts.enumerated() { paths.append(try write(names[0], "seed-\(number).txt", text)) }
            let first = try open(names[0])
            _ = first.importPages(paths)
            for name in names.dropFirst() { try FolderSync.oneWay(from: root(names[0]), to: root(name)) }
        }

        deinit { try? FileManager.default.removeItem(atPath: base) }

        func root(_ machine: String) -> String { base + "/" + machine + "/store" }
        func pages(_ machine: String) -> String { base + "/" + machine + "/pages" }

        func open(_ machine: String, parser: PageParser = .wire) throws -> StoryStore {
            try StoryStore.open(at: root(machine), machine: machine, create: true, parser: parser)
        }

        func write(_ machine: String, _ name: String, _ text: String) throws -> String {
            try FileManager.default.createDirectory(atPath: pages(machine), withIntermediateDirectories: true)
            let path = pages(machine) + "/" + name
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            return path
        }

        /// Every pair, twice over, so that what one machine did reaches every other.
        func sync(_ syncer: Syncer) throws {
            for _ in 0..<2 {
                for first in names {
                    for second in names where first < second {
                        switch syncer {
                        case .rsync:
                            try FolderSync.oneWay(from: root(first), to: root(second))
                            try FolderSync.oneWay(from: root(second), to: root(first))
                        case .conflictCopies:
                            let pair = first + "+" + second
                            lastMet[pair] = try FolderSync.bothWays(root(first), root(second), lastMet: lastMet[pair] ?? [:])
                        }
                    }
                }
            }
        }
    }

    /// A newer parser that reads every place in capitals: a re-parse rewrites every story file.
    static let capitalisingParser = PageParser(version: PageParser.wire.version + 1) { bytes throws(PageRejection) in
        var page = try PageParser.wire.parse(bytes)
        page.story.place = page.story.place?.uppercased()
        return page
    }

    /// The story whose headline starts with `headline`.
    static func story(_ headline: String, in store: StoryStore) -> StoryID? {
        store.catalog.entries.first { store.catalog.headline($0).hasPrefix(headline) }?.id
    }

    private func expectConverged(_ machines: Machines, expectedCount: Int, sourceLocation: SourceLocation = #_sourceLocation) throws {
        var lists: [[CatalogRecord]] = []
        var states: [[StoryID: StoryState]] = []
        for name in machines.names {
            let store = try machines.open(name)
            #expect(store.catalog.count == expectedCount, "\(name) lists \(store.catalog.count)", sourceLocation: sourceLocation)
            let check = store.check(repair: false)
            #expect(check.isClean, "\(name): \(check.problems)", sourceLocation: sourceLocation)
            lists.append(store.catalog.records.sorted { $0.id < $1.id })
            states.append(store.readingState().states)
        }
        for (name, list) in zip(machines.names, lists).dropFirst() {
            #expect(list == lists[0], "\(name)'s list differs from \(machines.names[0])'s", sourceLocation: sourceLocation)
        }
        for (name, state) in zip(machines.names, states).dropFirst() {
            #expect(state == states[0], "\(name)'s states differ from \(machines.names[0])'s", sourceLocation: sourceLocation)
        }
    }

    @Test(arguments: Syncer.allCases)
    func twoMachinesThatEachImportAPageListBothAfterSyncing(syncer: Syncer) throws {
        let machines = try Machines(["desk", "laptop"], seed: [TemporaryStore.fixturePages])
        let seeded = try machines.open("desk").catalog.count
        _ = try machines.open("laptop").importPages([try machines.write("laptop", "a.txt", page("Glassworks museum reopens after flood repairs"))])
        _ = try machines.open("desk").importPages([try machines.write("desk", "b.txt", page("New footbridge opens over the estuary"))])
        try machines.sync(syncer)
        try expectConverged(machines, expectedCount: seeded + 2)
    }

    @Test(arguments: Syncer.allCases)
    func threeMachinesThatImportMarkUpdateAndReparseAtOnceConverge(syncer: Syncer) throws {
        let ferry = { (body: String) in page("Winter timetable for the island ferries", day: 4, body: body) }
        let machines = try Machines(
            ["desk", "laptop", "tablet"],
            seed: [TemporaryStore.fixturePages], seedTexts: [ferry("Ferries leave an hour later from Monday.")])
        let seeded = try machines.open("desk").catalog.count
        let ferryID = try #require(Self.story("Winter timetable", in: try machines.open("desk")))
        let glassworks = try machines.write("laptop", "glassworks.txt", page("Glassworks museum reopens after flood repairs", day: 5))
        let listing = try machines.write(
            "laptop", "listing.txt",
            page("Harbour festival draws record crowd", day: 5, latest: [("Glassworks museum reopens after flood repairs", "Mon, Jan 05, 2026, 09:15 AM")]))
        let update = try machines.write("desk", "ferry-update.txt", ferry("Ferries leave an hour later from Monday, and the last one is cancelled."))
        let bridge = try machines.write("desk", "bridge.txt", page("New footbridge opens over the estuary", day: 6))
        let errors = Mutex<[String]>([])
        let roots = Dictionary(uniqueKeysWithValues: machines.names.map { ($0, machines.root($0)) })

        // Each machine works on its own copy at the same time; then the syncer runs.
        DispatchQueue.concurrentPerform(iterations: 3) { index in
            do {
                switch index {
                case 0:
                    let store = try StoryStore.open(at: roots["laptop"]!, machine: "laptop")
                    _ = store.importPages([glassworks])
                    _ = store.importPages([listing])
                    try store.record([StateChange(id: ferryID, kind: .read)])
                case 1:
                    let store = try StoryStore.open(at: roots["desk"]!, machine: "desk")
                    #expect(store.importPages([update]).updated == 1)
                    _ = store.importPages([bridge])
                    try store.record([StateChange(id: ferryID, kind: .star)])
                default:
                    let store = try StoryStore.open(at: roots["tablet"]!, machine: "tablet", parser: Self.capitalisingParser)
                    #expect(store.reparse().failures.isEmpty)
                }
            } catch {
                errors.withLock { $0.append("\(error)") }
            }
        }
        #expect(errors.withLock { $0 }.isEmpty)
        try machines.sync(syncer)
        try expectConverged(machines, expectedCount: seeded + 3)

        // A second round on the synced stores, and the syncer again.
        _ = try machines.open("tablet").importPages([try machines.write("tablet", "late.txt", page("Late ferry returns for the holidays", day: 7))])
        try machines.open("laptop").record([StateChange(id: ferryID, kind: .unread)])
        try machines.sync(syncer)
        try expectConverged(machines, expectedCount: seeded + 4)
        let desk = try machines.open("desk")
        #expect(desk.readingState()[ferryID] == StoryState(isRead: false, isStarred: true))
        let glassworksID = try #require(Self.story("Glassworks museum", in: desk))
        #expect(desk.catalog.entry(glassworksID)?.timeKind == .listed)
    }

    @Test func aStoryFileArrivingWhileTheStoreIsOpenIsListedOnReload() throws {
        let machines = try Machines(["desk", "laptop"], seed: [TemporaryStore.fixturePages])
        let desk = try machines.open("desk")
        let before = desk.catalog.count
        #expect(!desk.catalogChangedOnDisk)
        _ = try machines.open("laptop").importPages([try machines.write("laptop", "a.txt", page("Glassworks museum reopens after flood repairs"))])
        try FolderSync.oneWay(from: machines.root("laptop"), to: machines.root("desk"))
        #expect(desk.catalogChangedOnDisk)
        desk.reload()
        #expect(desk.catalog.count == before + 1)
        #expect(Self.story("Glassworks museum", in: desk) != nil)
    }

    @Test func aReplacedStoryFileIsReadAgainAndARemovedOneDropped() throws {
        let machines = try Machines(["desk", "laptop"], seed: [TemporaryStore.fixturePages])
        let laptop = try machines.open("laptop", parser: Self.capitalisingParser)
        #expect(laptop.reparse().updated > 0)
        let desk = try machines.open("desk")
        let someID = try #require(desk.catalog.entries.first { !desk.catalog.place($0).isEmpty }?.id)
        #expect(desk.catalog.place(desk.catalog.entry(someID)!) != desk.catalog.place(desk.catalog.entry(someID)!).uppercased())
        try FolderSync.oneWay(from: machines.root("laptop"), to: machines.root("desk"))
        let reopened = try machines.open("desk")
        let place = reopened.catalog.place(reopened.catalog.entry(someID)!)
        #expect(place == place.uppercased())
        #expect(reopened.check(repair: false).isClean)

        try FileManager.default.removeItem(atPath: reopened.layout.storyFile(someID))
        let afterRemoval = try machines.open("desk")
        #expect(!afterRemoval.catalog.contains(someID))
        #expect(afterRemoval.check(repair: false).isClean)
    }

    @Test func aSyncersConflictCopyIsNeverListedAsAStory() throws {
        let machines = try Machines(["desk", "laptop"], seed: [TemporaryStore.fixturePages])
        let desk = try machines.open("desk")
        let count = desk.catalog.count
        let id = try #require(desk.catalog.entries.first?.id)
        let path = desk.layout.storyFile(id)
        let relative = String(path.dropFirst(desk.layout.root.count + 1))
        try FileManager.default.copyItem(atPath: path, toPath: desk.layout.root + "/" + FolderSync.conflictName(relative))
        let reopened = try machines.open("desk")
        #expect(reopened.catalog.count == count)
        #expect(reopened.check(repair: false).isClean)
    }
}
