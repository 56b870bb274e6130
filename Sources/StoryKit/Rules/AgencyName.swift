/// Tells agency names from people's names, for pages that credit an agency only in the byline.
enum AgencyName {
    /// An all-capitals token (`PTI`, `IANS`, `AFP`) or a well-known agency spelled in mixed case.
    static func looksLikeAgency(_ text: String) -> Bool {
        let utf8 = Array(text.utf8)
        if (2...8).contains(utf8.count),
            utf8.allSatisfy({ $0.isASCIIUppercase || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "&") })
        {
            return true
        }
        return knownMixedCase.contains(text.lowercased())
    }

    private static let knownMixedCase: Set<String> = [
        "reuters", "yonhap", "xinhua", "kyodo", "bernama", "anadolu", "antara", "interfax",
        "bloomberg", "associated press", "press trust of india", "agence france-presse",
        "deutsche presse-agentur", "dpa", "efe", "ansa", "tass", "sputnik",
    ]
}
