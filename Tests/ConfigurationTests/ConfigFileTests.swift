import Inbox
import ReaderModel
import Testing

@testable import Configuration

@Suite struct ConfigFileTests {
    @Test func theDefaultConfigurationReadsBackAsTheDefaults() {
        let (settings, problems) = ConfigFile.parse(ConfigFile.defaultText, file: "config.toml")
        #expect(problems.isEmpty, "\(problems)")
        #expect(settings == Settings())
    }

    @Test func settingsAndBindingsAreRead() {
        let text = """
            sort = "oldest"
            theme = "light"
            date-format = "iso"
            list-width = 55
            store = "/srv/news"

            [keys]
            star = "x"
            read = ["r", "Ctrl-R"]
            """
        let (settings, problems) = ConfigFile.parse(text, file: "config.toml")
        #expect(problems.isEmpty, "\(problems)")
        #expect(settings.sort == .oldestFirst)
        #expect(settings.theme == .light)
        #expect(settings.preferences == DisplayPreferences(listPercent: 55, dateStyle: .iso))
        #expect(settings.store == "/srv/news")
        #expect(settings.bindings.command(for: .character("x")) == .star)
        #expect(settings.bindings.command(for: .character("s")) == nil)
        #expect(settings.bindings.command(for: .control("r")) == .read)
    }

    @Test func inboxFoldersAndWhatBecomesOfTheirPagesAreRead() {
        let (settings, problems) = ConfigFile.parse(
            "inbox = [\"/srv/inbox\", \"~/Downloads/news\"]\ninbox-after = \"move\"\ninbox-move-to = \"/srv/read\"\n", file: "config.toml")
        #expect(problems.isEmpty, "\(problems)")
        #expect(settings.inbox.folders.first == "/srv/inbox")
        #expect(settings.inbox.folders.last?.hasSuffix("/Downloads/news") == true && settings.inbox.folders.last?.hasPrefix("/") == true)
        #expect(settings.inbox.afterImport == .move(to: "/srv/read"))
        // Moving without a folder means "imported" inside each inbox; keeping is the default.
        #expect(ConfigFile.parse("inbox-after = \"move\"\n", file: "c").0.inbox.afterImport == .move(to: nil))
        #expect(ConfigFile.parse("inbox = [\"/a\"]\n", file: "c").0.inbox == InboxPolicy(folders: ["/a"], afterImport: .keep))
    }

    @Test func badInboxSettingsAreReportedByLine() {
        let text = """
            inbox = ["Downloads/news"]
            inbox-after = "delete"
            inbox-move-to = 3
            """
        let (settings, problems) = ConfigFile.parse(text, file: "config.toml")
        #expect(settings == Settings())
        let byLine = Dictionary(problems.map { ($0.line ?? 0, $0.message) }, uniquingKeysWith: { $0 + " / " + $1 })
        #expect(byLine[1]?.hasPrefix("inbox must be a list of folders") == true)
        #expect(byLine[2] == "inbox-after must be \"keep\" or \"move\"")
        #expect(byLine[3]?.hasPrefix("inbox-move-to must be a folder") == true)
    }

    @Test func aSyntaxErrorNamesItsLineAndLeavesTheDefaults() {
        let (settings, problems) = ConfigFile.parse("sort = \"oldest\"\ntheme = \n", file: "config.toml")
        #expect(settings == Settings())
        #expect(problems.count == 1)
        #expect(problems[0].line == 2)
        #expect(problems[0].description.hasPrefix("config.toml:2: "))
    }

    @Test func badValuesAndUnknownNamesAreReportedByLine() {
        let text = """
            theme = "purple"
            colour = "blue"

            [keys]
            stra = "x"
            star = "NotAKey"
            """
        let (settings, problems) = ConfigFile.parse(text, file: "config.toml")
        #expect(settings == Settings())
        let byLine = Dictionary(problems.map { ($0.line ?? 0, $0.message) }, uniquingKeysWith: { $0 + " / " + $1 })
        #expect(byLine[1]?.hasPrefix("theme must be") == true)
        #expect(byLine[2]?.hasPrefix("unknown setting “colour”") == true)
        #expect(byLine[5]?.hasPrefix("unknown action “stra”") == true)
        #expect(byLine[6]?.contains("“NotAKey” is not a key name") == true)
    }

    @Test func aKeyBoundTwiceIsAConflictNamingBothLines() {
        let text = """
            [keys]
            star = "x"
            read = "m"
            undo = "x"
            """
        let (settings, problems) = ConfigFile.parse(text, file: "config.toml")
        #expect(problems.count == 1)
        #expect(problems[0].line == 4)
        #expect(problems[0].message.contains("lines 2 and 4"))
        #expect(settings.bindings.command(for: .character("s")) == .star, "the conflicting actions keep their defaults")
        #expect(settings.bindings.command(for: .character("u")) == .undo)
    }

    @Test func aBindingTakesTheKeyFromItsDefaultOwner() {
        let (settings, _) = ConfigFile.parse("[keys]\nstar = \"m\"\n", file: "config.toml")
        #expect(settings.bindings.command(for: .character("m")) == .star)
        #expect(settings.bindings.keys[.read] == [])
    }

    @Test func theConfigFileLivesWhereXDGSays() {
        #expect(ConfigFile.defaultPath(environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"]) == "/x/byline/config.toml")
        #expect(ConfigFile.defaultPath(environment: ["HOME": "/h"]) == "/h/.config/byline/config.toml")
    }
}
