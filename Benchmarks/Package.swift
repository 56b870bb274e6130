// swift-tools-version: 6.0
import PackageDescription

// Benchmarks live in their own package so the main build and `swift test` stay lean.
// Run them in release mode, e.g. `swift run -c release --package-path Benchmarks parse-throughput`.
let package = Package(
    name: "BylineBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "Byline", path: ".."),
    ],
    targets: [
        .target(name: "SyntheticCorpus"),
        .executableTarget(
            name: "parse-throughput",
            dependencies: [
                "SyntheticCorpus", .product(name: "StoryKit", package: "Byline"),
                .product(name: "PageReading", package: "Byline"),
            ]
        ),
        .executableTarget(name: "generate-corpus", dependencies: ["SyntheticCorpus"]),
        .executableTarget(
            name: "reader-benchmark",
            dependencies: [
                "SyntheticCorpus",
                .product(name: "StoryKit", package: "Byline"),
                .product(name: "ReaderModel", package: "Byline"),
                .product(name: "TerminalKit", package: "Byline"),
            ]
        ),
        .executableTarget(
            name: "store-benchmark",
            dependencies: [
                "SyntheticCorpus",
                .product(name: "StoryKit", package: "Byline"),
                .product(name: "PageReading", package: "Byline"),
                .product(name: "StoryStore", package: "Byline"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
