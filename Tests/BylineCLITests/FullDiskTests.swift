import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// A tiny tmpfs stands in for a full or read-only disk. Mounting needs root (as in CI);
/// elsewhere these tests are skipped, and say so.
@Suite(.serialized) struct FullDiskTests {
    static let canMount: Bool = geteuid() == 0 && FileManager.default.isExecutableFile(atPath: "/bin/mount")

    /// 300 KB holds the fixtures' stories; the search index of them takes about 270 KB.
    private func withTinyDisk(size: String = "300k", _ body: (String) throws -> Void) throws {
        let mountPoint = FileManager.default.temporaryDirectory.appendingPathComponent("byline-tiny-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: true)
        defer {
            _ = shell("umount '\(mountPoint)'")
            try? FileManager.default.removeItem(atPath: mountPoint)
        }
        try #require(shell("mount -t tmpfs -o size=\(size) tmpfs '\(mountPoint)'") == 0)
        try body(mountPoint)
    }

    private func shell(_ command: String) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        try? process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    @Test(.enabled(if: canMount, "needs root to mount a tmpfs"))
    func aFullDiskFailsThePageThatDoesNotFitAndDamagesNothing() throws {
        try withTinyDisk { disk in
            let store = disk + "/store"
            let output = try CommandRunner.run(["import", "--store", store, "fixtures/pages"])
            #expect(output.status == 1)
            #expect(output.stderr.contains("hostile-one-megabyte-line.txt: not stored: cannot write"))
            #expect(output.stderr.contains("no space left on the disk"))
            let check = try CommandRunner.run(["check", "--store", store])
            #expect(check.status == 0, "\(check.stdout)")
            #expect(try CommandRunner.run(["list", "--store", store]).stdout.split(separator: "\n").count == 55)
        }
    }

    @Test(.enabled(if: canMount, "needs root to mount a tmpfs"))
    func aFullDiskUnderTheSearchIndexLeavesSearchWorkingByScan() throws {
        try withTinyDisk(size: "64k") { disk in
            let folder = try PageFolder(count: 0)
            let environment = ["XDG_CACHE_HOME": disk]
            let imported = try CommandRunner.run(["import", "--store", folder.store, "fixtures/pages", "fixtures/real/html"], environment: environment)
            #expect(imported.stdout.contains("88 new, 4 updated"), "every story is stored whatever happens to the index")
            #expect(imported.stderr.contains("byline: note: the search index cannot be written"), "\(imported.stderr)")
            let searched = try CommandRunner.run(["search", "--store", folder.store, "--sort", "newest", "glassworks"], environment: environment)
            #expect(searched.status == 0)
            #expect(searched.stdout.contains("Lindmark glassworks takes on its first ten apprentices"))
            #expect(searched.stderr.contains("searched the story files instead"), "\(searched.stderr)")
            withExtendedLifetime(folder) {}
        }
    }

    @Test(.enabled(if: canMount, "needs root to mount a tmpfs"))
    func aReadOnlyStoreSaysSoAndIsLeftAlone() throws {
        try withTinyDisk { disk in
            let store = disk + "/store"
            _ = try CommandRunner.run(["import", "--store", store, "fixtures/pages/hostile-no-byline.txt"])
            try #require(shell("mount -o remount,ro '\(disk)'") == 0)
            let output = try CommandRunner.run(["import", "--store", store, "fixtures/pages/hostile-crlf-bom.txt"])
            #expect(output.status == 1)
            #expect(output.stderr.contains("the file system is read-only"))
            let list = try CommandRunner.run(["list", "--store", store])
            #expect(list.status == 0)
            #expect(list.stdout.contains("Night market returns to the old tram depot"))
        }
    }
}
