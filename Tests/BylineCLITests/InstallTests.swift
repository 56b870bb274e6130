import Foundation
import Testing

/// `make install` into a temporary DESTDIR, and what a user then has: a binary that runs
/// without the source tree, a man page `man` reads, completions each shell accepts.
@Suite struct InstallTests {

    private func installedFiles(_ root: String) -> [String] {
        (FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String } ?? [])
            .filter {
                var folder: ObjCBool = false; return FileManager.default.fileExists(atPath: root + "/" + $0, isDirectory: &folder) && !folder.boolValue
            }
            .sorted()
    }

    @Test func makeInstallPutsEachFileWhereItsToolLooksAndUninstallTakesThemAway() throws {
        let stage = FileManager.default.temporaryDirectory.appendingPathComponent("byline-install-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: stage) }
        let root = CommandRunner.packageRoot.path
        let make = ["install", "DESTDIR=\(stage)", "PREFIX=/usr", "BINARY=\(CommandRunner.executable.path)"]
        let installed = try CommandRunner.runProgram("/usr/bin/make", ["-C", root] + make)
        #expect(installed.status == 0, "\(installed.stderr)")
        #expect(
            installedFiles(stage) == [
                "usr/bin/byline", "usr/share/bash-completion/completions/byline", "usr/share/fish/vendor_completions.d/byline.fish",
                "usr/share/man/man1/byline.1", "usr/share/zsh/site-functions/_byline",
            ])
        // The installed binary, run from elsewhere, reads a page given by its full path.
        let binary = stage + "/usr/bin/byline"
        #expect(try CommandRunner.runProgram(binary, ["--version"]).stdout == "0.1.0\n")
        let parsed = try CommandRunner.runProgram(binary, ["parse", "--json", root + "/fixtures/real/html/harbour-gazette-ferry.html"])
        #expect(parsed.status == 0 && parsed.stdout.contains("Night ferry to the outer islands"))
        let page = try CommandRunner.runProgram("/usr/bin/man", ["-l", stage + "/usr/share/man/man1/byline.1"])
        #expect(page.status == 0 && page.stdout.contains("NAME") && page.stdout.contains("search"))
        #expect(try CommandRunner.runProgram("/bin/bash", ["-n", stage + "/usr/share/bash-completion/completions/byline"]).status == 0)
        for (shell, check) in [("/usr/bin/zsh", "-n"), ("/usr/bin/fish", "--no-execute")] where FileManager.default.isExecutableFile(atPath: shell) {
            let file = shell.hasSuffix("zsh") ? "/usr/share/zsh/site-functions/_byline" : "/usr/share/fish/vendor_completions.d/byline.fish"
            let checked = try CommandRunner.runProgram(shell, [check, stage + file])
            #expect(checked.status == 0, "\(shell): \(checked.stderr)")
        }
        let removed = try CommandRunner.runProgram("/usr/bin/make", ["-C", root, "uninstall", "DESTDIR=\(stage)", "PREFIX=/usr"])
        #expect(removed.status == 0)
        #expect(installedFiles(stage).isEmpty)
    }
}
