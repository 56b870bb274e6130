// swift-tools-version: 6.0
import PackageDescription

/// Release builds let the optimiser see across module boundaries: the article reader calls
/// the tree's small accessors (a node, an attribute) millions of times per archive, and
/// without this each is a real call into another module (measured: pages/s +12 %).
let crossModule: [SwiftSetting] = [.unsafeFlags(["-cross-module-optimization"], .when(configuration: .release))]

let package = Package(
    name: "Byline",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "byline", targets: ["byline"]),
        .library(name: "StoryKit", targets: ["StoryKit"]),
        .library(name: "PageReading", targets: ["PageReading"]),
        .library(name: "HTMLTree", targets: ["HTMLTree"]),
        .library(name: "StoryStore", targets: ["StoryStore"]),
        .library(name: "SearchIndex", targets: ["SearchIndex"]),
        .library(name: "Inbox", targets: ["Inbox"]),
        .library(name: "ReaderModel", targets: ["ReaderModel"]),
        .library(name: "TerminalKit", targets: ["TerminalKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/pointfreeco/swift-snapshot-testing", from: "1.17.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        // ZIP containers, for EPUB export.
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .target(name: "StoryKit", swiftSettings: crossModule),
        // libxml2's HTML parser and zlib, seen only by the modules that wrap them.
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CLibZ", providers: [.apt(["zlib1g-dev"])]),
        // The only libxml2 code: HTML bytes in, a flat Swift tree out.
        .target(name: "HTMLTree", dependencies: ["CLibXML2"], swiftSettings: crossModule),
        // Every kind of page to a story: wire text, HTML, MHTML, gzip, text dumps of real pages.
        .target(name: "PageReading", dependencies: ["StoryKit", "HTMLTree", "CLibZ"], swiftSettings: crossModule),
        // syncfs(2) needs _GNU_SOURCE, which Swift's Glibc module does not define.
        .target(name: "CFileSync"),
        // zstd, seen only by the story files' codec: each story file is kept compressed.
        .systemLibrary(name: "CZstd", pkgConfig: "libzstd", providers: [.apt(["libzstd-dev"])]),
        .target(name: "StoryStore", dependencies: ["StoryKit", "CFileSync", "CZstd"], swiftSettings: crossModule),
        // SQLite with FTS5, seen only by the search index that wraps it.
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        // The derived full-text index: stories in, ranked ids out for a query of the query language.
        .target(name: "SearchIndex", dependencies: ["StoryKit", "CSQLite"], swiftSettings: crossModule),
        // Inbox folders: inotify watches, the rule for a completely written page, import and log.
        .target(name: "Inbox", dependencies: ["StoryKit", "StoryStore"], swiftSettings: crossModule),
        .target(name: "ReaderModel", dependencies: ["StoryKit", "TerminalKit"], swiftSettings: crossModule),
        .target(name: "TerminalKit", dependencies: ["StoryKit"], swiftSettings: crossModule),
        // The only ncurses code: a system library module and the backend that uses it.
        .systemLibrary(name: "CNcursesw"),
        .target(name: "CursesBackend", dependencies: ["CNcursesw", "TerminalKit"], swiftSettings: crossModule),
        // The configuration file: TOML read with TOMLKit, turned into bindings and preferences.
        .target(
            name: "Configuration",
            dependencies: ["ReaderModel", "TerminalKit", "StoryKit", "Inbox", .product(name: "TOMLKit", package: "TOMLKit")],
            swiftSettings: crossModule
        ),
        .executableTarget(
            name: "byline",
            dependencies: [
                "StoryKit",
                "PageReading",
                "StoryStore",
                "SearchIndex",
                "Inbox",
                "ReaderModel",
                "TerminalKit",
                "CursesBackend",
                "Configuration",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            swiftSettings: crossModule
        ),
        // A seeded generator shared by the tests that make random inputs.
        .target(name: "SeededRandom", path: "Tests/SeededRandom"),
        // The inputs the fuzz targets kept, for the tests that replay them.
        .target(name: "FuzzCorpus", path: "Tests/FuzzCorpus"),
        .testTarget(name: "StoryKitTests", dependencies: ["StoryKit", "SeededRandom", "FuzzCorpus"]),
        .testTarget(
            name: "PageReadingTests", dependencies: ["PageReading", "HTMLTree", "StoryKit", "SeededRandom", "FuzzCorpus"],
            exclude: ["KnownDifferences.txt"]
        ),
        .testTarget(name: "SearchIndexTests", dependencies: ["SearchIndex", "StoryKit", "SeededRandom"]),
        .testTarget(name: "StoryStoreTests", dependencies: ["StoryStore", "StoryKit", "SeededRandom", "FuzzCorpus"]),
        .testTarget(name: "InboxTests", dependencies: ["Inbox", "StoryStore", "StoryKit"]),
        // Fixture library and helpers shared by the view-model and view tests.
        .target(name: "ReaderTestSupport", dependencies: ["ReaderModel", "TerminalKit", "StoryKit"], path: "Tests/ReaderTestSupport"),
        .testTarget(name: "ReaderModelTests", dependencies: ["ReaderModel", "TerminalKit", "StoryKit", "ReaderTestSupport"]),
        .testTarget(name: "ConfigurationTests", dependencies: ["Configuration", "ReaderModel", "TerminalKit", "Inbox"]),
        .testTarget(
            name: "TerminalKitTests",
            dependencies: [
                "TerminalKit", "ReaderModel", "StoryKit", "ReaderTestSupport", "FuzzCorpus",
                .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
            ],
            exclude: ["__Snapshots__"]
        ),
        // Drives the built `byline` binary; depending on it makes `swift test` build it first.
        .testTarget(name: "BylineCLITests", dependencies: ["byline", "StoryStore", "StoryKit", "PageReading", "SeededRandom"]),
    ],
    swiftLanguageModes: [.v6]
)
