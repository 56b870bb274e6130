import Foundation

/// The inputs a fuzz target kept in `Fuzz/corpus/TARGET`, for the tests that replay them.
public enum FuzzCorpus {
    /// Every input `target` kept, in name order, with its file name (to name a failing input).
    public static func inputs(_ target: String) throws -> [(name: String, bytes: [UInt8])] {
        let folder = root.appendingPathComponent(target)
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().map { name in
            (name, Array(try Data(contentsOf: folder.appendingPathComponent(name))))
        }
    }

    private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fuzz/corpus")
}
