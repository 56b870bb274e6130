import Foundation

/// The repository's own real-page fixtures (`fixtures/real`): made-up stories in
/// realistic page templates, each beside the parse a perfect reader would give.
enum RealPageFixtures {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("fixtures/real")

    /// `html/NAME` and `dumps/NAME`, sorted.
    static var pages: [String] {
        ["html", "dumps"].flatMap { folder in
            ((try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)) ?? [])
                .sorted().map { "\(folder)/\($0)" }
        }
    }

    static func bytes(_ page: String) throws -> [UInt8] {
        Array(try Data(contentsOf: root.appendingPathComponent(page)))
    }

    /// The expected parse: only the keys the page determines are present.
    static func expected(_ page: String) throws -> [String: Any] {
        let name = String(page.split(separator: "/").last!)
        let data = try Data(contentsOf: root.appendingPathComponent("expected/\(name).json"))
        return try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    }

    /// `(page, key)` pairs where the reader is known to differ from the expectation,
    /// listed in `KnownDifferences.txt` beside this file, one `page key` a line.
    static let knownDifferences: Set<String> = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("KnownDifferences.txt")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return Set(text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !$0.hasPrefix("#") })
    }()

    /// A JSON value as stable text (sorted keys, one list item a line), for comparing and diffing.
    static func canonical(_ value: Any?) -> String {
        guard let value, !(value is NSNull) else { return "null" }
        guard JSONSerialization.isValidJSONObject([value]),
            let data = try? JSONSerialization.data(withJSONObject: [value], options: [.sortedKeys, .prettyPrinted, .fragmentsAllowed])
        else { return "\(value)" }
        return String(decoding: data, as: UTF8.self)
    }

    /// A readable line diff (`-` expected, `+` read) made with the standard library's `difference(from:)`.
    static func diff(expected: String, actual: String) -> String {
        let old = expected.split(separator: "\n").map(String.init)
        let new = actual.split(separator: "\n").map(String.init)
        return new.difference(from: old).map { change in
            switch change {
            case .remove(_, let line, _): "- " + line
            case .insert(_, let line, _): "+ " + line
            }
        }.joined(separator: "\n")
    }
}
