import Foundation

/// `en_US`, `EN-us` and ` en ` as the BCP 47 tags `en-US` and `en`; anything that is
/// not shaped like a tag is dropped.
enum LanguageTag {
    static func normalised(_ raw: String) -> String? {
        let parts = raw.trimmingSpaces.replacingOccurrences(of: "_", with: "-").split(separator: "-")
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy(\.isLetter) else { return nil }
        var tag = first.lowercased()
        for part in parts.dropFirst() {
            guard (2...8).contains(part.count), part.allSatisfy({ $0.isLetter || $0.isNumber }) else { break }
            tag +=
                "-" + (part.count == 2 ? part.uppercased() : part.count == 4 ? part.prefix(1).uppercased() + part.dropFirst().lowercased() : part.lowercased())
        }
        return tag
    }
}
