import Foundation
import Testing

/// Long operand lists, as a shell glob gives them (`byline import ~/saved/*.html`), reach
/// the command complete and in order, whatever options sit among them.
@Suite struct OperandListTests {
    /// One JSON error line per missing file, in the order given.
    private func reportedFiles(_ stdout: String) throws -> [String] {
        try stdout.split(separator: "\n").map { line in
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(object["error"] as? String == "no such file")
            return try #require(object["file"] as? String)
        }
    }

    @Test func thousandsOfFilesArriveInOrderAroundAnOption() throws {
        let files = (0..<3_000).map { "missing/page-\($0).html" }
        let output = try CommandRunner.run(["parse"] + files[..<1_500] + ["--json"] + files[1_500...])
        #expect(output.status == 1)
        #expect(try reportedFiles(output.stdout) == files)
    }

    @Test func everythingAfterTheTerminatorIsAFile() throws {
        let files = ["-looks-like-an-option.html"] + (0..<100).map { "missing/\($0).html" } + ["--json", "-"]
        let output = try CommandRunner.run(["parse", "--json", "--"] + files)
        #expect(output.status == 1)
        #expect(try reportedFiles(output.stdout) == files)
    }

    @Test func aTypedTokenThatLooksLikeAPackedRunIsLeftAsTyped() throws {
        let files = ["\u{1}byline-operands-0"] + (0..<64).map { "missing/\($0).html" }
        let output = try CommandRunner.run(["parse", "--json"] + files)
        #expect(try reportedFiles(output.stdout) == files)
    }

    @Test func aCommandWithoutOperandsStillQuotesWhatWasTyped() throws {
        let output = try CommandRunner.run(["list"] + (0..<40).map { "stray-\($0)" })
        #expect(output.status == 64)
        #expect(output.stderr.contains("stray-0"))
    }
}
