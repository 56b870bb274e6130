// swift-tools-version: 6.0
import PackageDescription

// libFuzzer targets, built with `-sanitize=fuzzer,address` on every module
// (see run.sh). Each target defines LLVMFuzzerTestOneInput; libFuzzer supplies `main`.
let fuzzTarget: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"])]

let package = Package(
    name: "BylineFuzz",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "Byline", path: "..")],
    targets: [
        .target(name: "FuzzDriver"),
        .executableTarget(name: "fuzz-parser", dependencies: ["FuzzDriver", .product(name: "StoryKit", package: "Byline")], swiftSettings: fuzzTarget),
        .executableTarget(name: "fuzz-catalog", dependencies: ["FuzzDriver", .product(name: "StoryStore", package: "Byline")], swiftSettings: fuzzTarget),
        .executableTarget(name: "fuzz-state-log", dependencies: ["FuzzDriver", .product(name: "StoryStore", package: "Byline")], swiftSettings: fuzzTarget),
        .executableTarget(
            name: "fuzz-story-file",
            dependencies: ["FuzzDriver", .product(name: "StoryKit", package: "Byline"), .product(name: "StoryStore", package: "Byline")],
            swiftSettings: fuzzTarget
        ),
        .executableTarget(
            name: "fuzz-text",
            dependencies: ["FuzzDriver", .product(name: "StoryKit", package: "Byline"), .product(name: "TerminalKit", package: "Byline")],
            swiftSettings: fuzzTarget
        ),
        .executableTarget(
            name: "fuzz-html",
            dependencies: [
                "FuzzDriver", .product(name: "PageReading", package: "Byline"), .product(name: "HTMLTree", package: "Byline"),
                .product(name: "StoryKit", package: "Byline"),
            ],
            swiftSettings: fuzzTarget
        ),
    ],
    swiftLanguageModes: [.v6]
)
