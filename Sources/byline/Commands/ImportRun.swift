import ArgumentParser
import StoryKit
import StoryStore

#if canImport(Glibc)
import Glibc
#endif

/// One import with its output: progress bar, per-page lines, summary.
struct ImportRun {
    let store: StoryStore
    var json = false
    var verbose = false
    var batchSize = 1024

    func run(_ paths: [String]) -> ImportSummary {
        let bar = Terminal.standardErrorIsTerminal && !json ? ProgressBar(label: "importing") : nil
        let summary = store.importPages(
            paths, batchSize: batchSize,
            onOutcome: { outcome in
                if case .failed = outcome.kind, !json { bar?.finish() }
                Self.report(outcome, json: json, verbose: verbose)
            },
            onProgress: { progress in
                // Lines about stored pages are promises ("this page is safe"): flush them per batch.
                if json || verbose { fflush(nil) }
                bar?.draw(done: progress.done, total: progress.total, seconds: progress.seconds)
            })
        bar?.finish()
        if json {
            print(
                JSONValue.object([
                    (
                        "summary",
                        .object([
                            ("new", .number(summary.new)), ("updated", .number(summary.updated)),
                            ("unchanged", .number(summary.unchanged)), ("failed", .number(summary.failed)),
                            ("stopped", .optional(summary.stoppedBecause)),
                        ])
                    )
                ]).compact)
        } else {
            if let reason = summary.stoppedBecause { StandardError.write("byline: import stopped: \(reason)") }
            print("\(summary.new) new, \(summary.updated) updated, \(summary.unchanged) unchanged, \(summary.failed) failed")
        }
        // The summary is said before the search index is brought up to date.
        fflush(nil)
        return summary
    }

    /// One page's line: a JSON object; else a failure on standard error, and with
    /// `verbose` a stored page as `new  ID  FILE` (what `byline watch` prints too).
    static func report(_ outcome: ImportOutcome, json: Bool, verbose: Bool) {
        switch (json, outcome.kind) {
        case (true, _):
            print(Self.json(outcome).compact)
        case (false, .failed(let reason)):
            StandardError.write("byline: \(SafeText.sanitised(outcome.file)): \(reason)")
        case (false, _) where verbose:
            print("\(word(outcome.kind))  \(outcome.id?.description ?? "")  \(SafeText.sanitised(outcome.file))")
        default:
            break
        }
    }

    static func word(_ kind: ImportOutcome.Kind) -> String {
        switch kind {
        case .new: "new"
        case .updated: "updated"
        case .unchanged: "unchanged"
        case .failed: "failed"
        }
    }

    static func json(_ outcome: ImportOutcome) -> JSONValue {
        var reason: String?
        if case .failed(let text) = outcome.kind { reason = text }
        return .object([
            ("file", .string(outcome.file)), ("status", .string(word(outcome.kind))),
            ("id", .optional(outcome.id?.description)), ("reason", .optional(reason)),
        ])
    }
}
