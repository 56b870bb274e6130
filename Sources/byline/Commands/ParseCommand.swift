import ArgumentParser
import PageReading
import StoryKit

/// `byline parse`: the shared parser on the command line, for checking what Byline will read.
struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Parse wire pages and print what was read.",
        discussion: """
            Prints a readable summary of each page, or with --json one JSON object per \
            file per line (JSON Lines). A file that cannot be read or holds no article \
            gets an error line; the other files are still parsed and the exit status is 1.

            Examples:
              byline parse fixtures/pages/*.txt
              byline parse --json story.txt | jq .headline
            """
    )

    @Flag(name: .long, help: "Print one JSON object per file (JSON Lines).")
    var json = false

    @Argument(help: "The page files to parse.", completion: .file())
    var files: [String]

    func run() throws {
        var failed = false
        var firstSummary = true
        for file in files {
            let result = Result { () throws(ParseFailure) -> ParsedPage in try ParseFailure.parse(file) }
            switch (result, json) {
            case (.success(let page), true):
                print(ParseReport.json(file: file, page: page).compact)
            case (.failure(let failure), true):
                failed = true
                print(ParseReport.json(file: file, error: failure.reason).compact)
            case (.success(let page), false):
                if !firstSummary { print() }
                firstSummary = false
                print(PageSummary(file: file, page: page).text, terminator: "")
            case (.failure(let failure), false):
                failed = true
                StandardError.write("byline: \(file): \(failure.reason)")
            }
        }
        if failed { throw ExitCode(1) }
    }
}

extension ParseCommand: OperandListCommand {
    var operands: [String] {
        get { files }
        set { files = newValue }
    }
}
