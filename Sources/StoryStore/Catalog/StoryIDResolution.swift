import StoryKit

/// How a person names a story on the command line: its 16 hex digits, or a prefix of four
/// or more that only one stored story's id starts with. The same rule for a walked
/// catalog and for one read through its lookup.
enum StoryIDResolution {
    /// `contains` says whether a full id is stored; `startingWith(prefix, shift)` gives up
    /// to two stored ids whose value shifted right by `shift` bits is `prefix`.
    static func resolve(
        _ text: String, contains: (StoryID) -> Bool, startingWith: (_ prefix: UInt64, _ shift: UInt64) -> [StoryID]
    ) -> Result<StoryID, StoreError> {
        let lowered = text.lowercased()
        if let id = StoryID(hex: lowered) {
            return contains(id) ? .success(id) : .failure(StoreError("no story with id \(text)"))
        }
        guard lowered.count >= 4, lowered.count < 16, lowered.allSatisfy(\.isHexDigit) else {
            return .failure(StoreError("\(text) is not a story id (16 hex digits, or a unique prefix of 4 or more)"))
        }
        let shift = UInt64(64 - 4 * lowered.count)
        let matches = startingWith(UInt64(lowered, radix: 16)!, shift)
        switch matches.count {
        case 0: return .failure(StoreError("no story with an id starting \(text)"))
        case 1: return .success(matches[0])
        default: return .failure(StoreError("more than one story has an id starting \(text); give more digits"))
        }
    }
}
