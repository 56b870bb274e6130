/// Finds a folded needle in folded text, scanning for its first byte and comparing
/// the rest only there: hundreds of megabytes a second on one core.
public struct FoldedFinder: Sendable {
    public let needle: [UInt8]

    public init(_ query: String) {
        needle = TextFolding.folded(query)
    }

    public var isEmpty: Bool { needle.isEmpty }

    /// One finder per word of a search query; a text matches when every word occurs in it.
    public static func words(_ query: String) -> [FoldedFinder] {
        query.split(separator: " ").map { FoldedFinder(String($0)) }.filter { !$0.isEmpty }
    }

    public func occurs(in haystack: [UInt8]) -> Bool {
        haystack.withUnsafeBufferPointer { occurs(in: UnsafeRawBufferPointer($0)) }
    }

    public func occurs(in haystack: UnsafeRawBufferPointer) -> Bool {
        let count = needle.count
        guard count > 0 else { return true }
        guard haystack.count >= count else { return false }
        return needle.withUnsafeBufferPointer { pattern in
            let first = pattern[0]
            let last = haystack.count - count
            var index = 0
            while index <= last {
                if haystack[index] == first {
                    var matched = 1
                    while matched < count && haystack[index + matched] == pattern[matched] { matched += 1 }
                    if matched == count { return true }
                }
                index += 1
            }
            return false
        }
    }
}
