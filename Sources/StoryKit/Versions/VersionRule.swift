/// When two stored pages are versions of one story, by their text and their days.
///
/// Versions share most of their text: an update keeps the earlier paragraphs and adds
/// some (the earlier text is contained in it), a copy on another site or a corrected
/// re-save differs in a paragraph or two (most shingles are shared). Stories about the
/// same event from different agencies are written in other words and share far less,
/// so they stay apart; so do pages with too little text to judge, and copies filed
/// more than a few days apart (a weekly notice repeated word for word is not an update).
public enum VersionRule {
    /// Half the shingles of both texts together are shared.
    public static let minimumJaccard = 0.5
    /// Or the smaller text is this much inside the larger one.
    public static let minimumContainment = 0.8
    /// Versions are filed within this many days of each other.
    public static let maximumDays = 3

    public static func areVersions(_ first: TextFingerprint, _ second: TextFingerprint) -> Bool {
        guard first.isComparable, second.isComparable else { return false }
        let (jaccard, containment) = first.resemblance(to: second)
        return jaccard >= minimumJaccard || containment >= minimumContainment
    }

    /// Whether two stories' days are at most `days` apart; stories without a day pair only
    /// with each other.
    public static func areClose(_ first: CalendarDate?, _ second: CalendarDate?, within days: Int = maximumDays) -> Bool {
        switch (first, second) {
        case (nil, nil): true
        case (let first?, let second?): abs(first.dayNumber - second.dayNumber) <= days
        default: false
        }
    }
}
