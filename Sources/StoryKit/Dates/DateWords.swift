/// Month and weekday names as wire pages abbreviate and spell them.
enum DateWords {
    /// 1...12 for a month's name or common abbreviation (`sept`, `dec`).
    static func month(_ word: PackedWord) -> Int? {
        word.length >= 3 ? months[word] : nil
    }

    static func isWeekday(_ word: PackedWord) -> Bool {
        word.length >= 3 && weekdays.contains(word)
    }

    static func word(_ text: String) -> PackedWord { PackedWord(Array(text.utf8)[...]) }

    static let at = word("at"), a = word("a"), p = word("p"), m = word("m"), am = word("am"), pm = word("pm")

    private static let months: [PackedWord: Int] = {
        let names = [
            "january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december",
        ]
        var table: [PackedWord: Int] = [:]
        for (offset, name) in names.enumerated() {
            table[word(name)] = offset + 1
            table[word(String(name.prefix(3)))] = offset + 1
        }
        table[word("sept")] = 9
        return table
    }()

    private static let weekdays: Set<PackedWord> = Set(
        [
            "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs",
            "thursday", "fri", "friday", "sat", "saturday", "sun", "sunday",
        ].map(word))
}
