import ArgumentParser
import Foundation
import StoryKit
import StoryStore

/// `byline check`: verify the store and repair what can be repaired.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Verify every file of the store; with --repair, fix what can be fixed.",
        discussion: """
            Checks that each story file reads and matches its name, that each original page \
            is there and intact, that the catalog lists exactly the stored stories, and \
            counts latest-news links. --repair rewrites the catalog from the story files, \
            rebuilds damaged story files from their original pages, compresses story files \
            an earlier Byline wrote plain (the same bytes once decompressed), and removes \
            litter left by interrupted imports. It lists the pages an inbox folder could not import, with \
            why (they stay in their folder; not a problem of the store). It also checks the search index (derived data outside the \
            store): damage is a problem, which --repair fixes by building it again, and an \
            index behind the store is brought up to date by --repair or the next search. \
            Exit status 1 when problems remain.

            Examples:
              byline check
              byline check --repair
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @Flag(help: "Repair what can be repaired.") var repair = false
    @Flag(help: "Print the report as one JSON object.") var json = false

    func run() throws {
        let store = try storeOptions.open()
        let report = store.check(repair: repair)
        if repair { store.reload() }
        let index = IndexCheck.run(StoreSearch(store: store, environment: ProcessInfo.processInfo.environment), repair: repair)
        let remaining = (repair ? report.unrepaired : report.problems) + index.problems
        // Pages an inbox could not import: not damage to the store, so not a problem, but
        // listed until the page is changed (and imported) or removed.
        let notImported = store.inboxHistory().failuresStillThere()
        if json {
            print(
                JSONValue.object([
                    ("stories", .number(report.storiesChecked)), ("plainStoryFiles", .number(report.plainStoryFiles)),
                    ("linksInStore", .number(report.linksInStore)), ("linksNotInStore", .number(report.linksNotInStore)),
                    ("problems", .array(report.problems.map(JSONValue.string))),
                    ("repairs", .array(report.repairs.map(JSONValue.string))),
                    ("unrepaired", .array(report.unrepaired.map(JSONValue.string))),
                    ("searchIndex", .object([("state", .string(index.summary)), ("problems", .array(index.problems.map(JSONValue.string)))])),
                    (
                        "notImportedFromInbox",
                        .array(notImported.map { .object([("file", .string($0.file)), ("reason", .optional($0.reason))]) })
                    ),
                ]).compact)
        } else {
            for problem in report.problems { print("problem: \(SafeText.sanitised(problem))") }
            for repair in report.repairs { print("repaired: \(SafeText.sanitised(repair))") }
            for left in report.unrepaired where repair { print("not repaired: \(SafeText.sanitised(left))") }
            for problem in index.problems { print("problem: \(problem)") }
            print("search index: \(index.summary)")
            if report.plainStoryFiles > 0 {
                let files = report.plainStoryFiles == 1 ? "1 story file is" : "\(report.plainStoryFiles) story files are"
                print("\(files) still uncompressed, as an earlier Byline wrote them (readable; `byline check --repair` compresses them)")
            }
            for page in notImported {
                print("not imported from the inbox: \(SafeText.sanitised(page.file)): \(SafeText.sanitised(page.reason ?? "no reason recorded"))")
            }
            let verdict =
                remaining.isEmpty ? "ok" : "\(remaining.count) problem\(remaining.count == 1 ? "" : "s")\(repair ? " left" : "; run `byline check --repair`")"
            print("checked \(report.storiesChecked) stories, \(report.linksInStore) links in the store, \(report.linksNotInStore) not: \(verdict)")
        }
        if !remaining.isEmpty { throw ExitCode(1) }
    }
}
