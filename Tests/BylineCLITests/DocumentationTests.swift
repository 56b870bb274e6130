import Foundation
import Testing

/// The committed man page and completion scripts stay in step with the command definitions.
@Suite struct DocumentationTests {
    @Test(arguments: ["bash", "zsh", "fish"])
    func completionScriptsAreCurrent(shell: String) throws {
        let generated = try CommandRunner.run(["--generate-completion-script", shell]).stdout
        let committed = try String(contentsOf: CommandRunner.packageRoot.appendingPathComponent("completions/byline.\(shell)"), encoding: .utf8)
        #expect(generated == committed, "regenerate with: byline --generate-completion-script \(shell) > completions/byline.\(shell)")
    }

    @Test func theManPageDescribesEveryCommand() throws {
        let page = try String(contentsOf: CommandRunner.packageRoot.appendingPathComponent("docs/byline.1"), encoding: .utf8)
        let help = try CommandRunner.run(["--help"]).stdout
        // Command lines of the help start with two spaces and a lower-case name.
        let commands = help.components(separatedBy: "SUBCOMMANDS:").last!.split(separator: "\n")
            .filter { $0.hasPrefix("  ") && !$0.hasPrefix("   ") }
            .compactMap { $0.split(separator: " ").first.map(String.init) }
            .filter { $0.allSatisfy(\.isLowercase) }
        #expect(commands.count >= 10 && commands.contains("config"), "\(commands)")
        for command in commands {
            #expect(page.contains(".It Em \(command)"), "the man page does not describe \(command)")
        }
        #expect(page.contains("Exit status"))
    }
}
