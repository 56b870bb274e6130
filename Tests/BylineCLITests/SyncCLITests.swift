import Foundation
import Testing

/// A store synced between machines with rsync, as a user does it: each machine imports
/// and marks in its own copy, `rsync -a --update` runs both ways, and both list the same.
@Suite struct SyncCLITests {
    private func rsync(_ from: String, _ to: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["rsync", "-a", "--update", from + "/", to + "/"]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "rsync \(from) \(to)")
    }

    @Test func twoMachinesThatEachImportAPageListTheSameAfterRsyncBothWays() throws {
        // With one shared catalog (format 1), each machine ended with 58 story files and 57
        // listed, and `byline check` found a record that disagreed with the files.
        let laptop = try PageFolder(count: 2, prefix: "Laptop story")
        let desk = try PageFolder(count: 2, prefix: "Desk story")
        let asLaptop = ["BYLINE_MACHINE": "laptop"], asDesk = ["BYLINE_MACHINE": "desk"]
        _ = try CommandRunner.run(["import", "--store", laptop.store, "fixtures/pages"], environment: asLaptop)
        try rsync(laptop.store, desk.store)

        #expect(try CommandRunner.run(["import", "--store", laptop.store, laptop.path(0)], environment: asLaptop).status == 0)
        #expect(try CommandRunner.run(["import", "--store", desk.store, desk.path(0)], environment: asDesk).status == 0)
        let first = try CommandRunner.run(["list", "--store", desk.store, "--limit", "1"], environment: asDesk).stdout.prefix(16)
        #expect(try CommandRunner.run(["mark", "--store", desk.store, "star", String(first)], environment: asDesk).status == 0)
        try rsync(laptop.store, desk.store)
        try rsync(desk.store, laptop.store)

        let onLaptop = try CommandRunner.run(["list", "--store", laptop.store, "--json"], environment: asLaptop)
        let onDesk = try CommandRunner.run(["list", "--store", desk.store, "--json"], environment: asDesk)
        #expect(onLaptop.stdout.split(separator: "\n").count == 58)
        #expect(onLaptop.stdout == onDesk.stdout)
        #expect(onLaptop.stdout.contains("Laptop story number 0") && onLaptop.stdout.contains("Desk story number 0"))
        #expect(try CommandRunner.run(["list", "--store", laptop.store, "--starred"], environment: asLaptop).stdout.hasPrefix(first))
        for (store, machine) in [(laptop.store, asLaptop), (desk.store, asDesk)] {
            let check = try CommandRunner.run(["check", "--store", store], environment: machine)
            #expect(check.status == 0, "\(check.stdout)")
            #expect(check.stdout.hasSuffix(": ok\n"))
        }
    }
}
