/// One line of a text dump, with what the article finder needs to know about it.
struct DumpLine {
    /// The line with its white space folded; empty for a blank line.
    let text: String
    /// Visible characters.
    let length: Int
    let words: Int
    /// Share of the words that are common function words (0 for text without spaces).
    let stopWordShare: Double
    /// Characters of scripts that need no spaces between words (Chinese, Japanese, Thai,
    /// Lao, Burmese, Khmer) or are as dense (Korean): their prose has few words to count.
    let ideographs: Int
    /// Ends like a sentence: `.`, `!`, `?`, `"`, `。`, `”`…
    let endsSentence: Bool
    /// Starts like an item of a menu or list: a bullet, a box, a bracketed link or image.
    let startsLikeItem: Bool

    /// Cut from a line that held several columns side by side.
    let isColumn: Bool

    /// The site's legal or cookie notice ("All rights reserved", "Privacy Policy"): as
    /// long and as wordy as prose, and at the foot of every page.
    let isBoilerplate: Bool

    /// Opens a comment section ("12 comments", "Leave a reply"): the readers' prose under
    /// it can outweigh a short article.
    let opensComments: Bool

    init(_ raw: String, isColumn: Bool = false) {
        self.isColumn = isColumn
        var text = raw.trimmingSpaces
        // Control characters and escape sequences go with the white space: a dump is text
        // from anywhere, and its lines become headlines and paragraphs as they are.
        text = CleanText.folded(text).trimmingSpaces
        self.text = text
        startsLikeItem = Self.startsLikeItem(text)
        var length = 0, ideographs = 0
        for scalar in text.unicodeScalars where scalar != " " {
            length += 1
            if Self.isIdeographic(scalar) { ideographs += 1 }
        }
        self.length = length
        self.ideographs = ideographs
        let words = text.split(separator: " ")
        self.words = words.count
        let stops = words.reduce(0) { count, word in
            let trimmed = word.lowercased().filter { $0.isLetter }
            return count + (StopWords.contains(Substring(trimmed)) ? 1 : 0)
        }
        stopWordShare = words.isEmpty ? 0 : Double(stops) / Double(words.count)
        endsSentence = Self.endsLikeSentence(text)
        let lower = text.lowercased()
        isBoilerplate = Self.boilerplatePhrases.contains { lower.contains($0) }
        opensComments = length <= 60 && Self.opensComments(lower, words: words)
    }

    private static let boilerplatePhrases = [
        "all rights reserved", "terms of use", "terms of service", "privacy policy", "user agreement",
        "may not be reproduced", "constitutes acceptance", "cookie",
    ]

    /// A count of comments ("12 comments", "There are 12 comments", "no responses"), an
    /// invitation to write one, or the "Reply" under each.
    private static func opensComments(_ lower: String, words: [Substring]) -> Bool {
        let names = words.prefix(6).map { $0.lowercased().filter { $0.isLetter || $0.isNumber } }
        for (count, noun) in zip(names, names.dropFirst()) where count.allSatisfy(\.isNumber) && !count.isEmpty || count == "no" {
            if commentNouns.contains(noun) { return true }
        }
        if names.count == 1 && names[0] == "reply" { return true }
        return commentInvitations.contains { lower.hasPrefix($0) }
    }

    private static let commentNouns: Set<String> = [
        "comment", "comments", "response", "responses", "replies", "reactions", "thoughts", "kommentare", "comentarios",
        "commentaires", "commenti", "komentarzy",
    ]

    private static let commentInvitations = [
        "leave a comment", "leave a reply", "add your comment", "add a comment", "post a comment", "join the discussion",
        "comments are closed", "reader comments", "write a comment",
    ]

    var isBlank: Bool { length == 0 }

    /// Prose: a sentence or more of running text.
    var isProse: Bool {
        if isBoilerplate { return false }
        if ideographs * 2 >= length && length > 0 {
            return length >= 40 || (length >= 20 && endsSentence)
        }
        guard words >= 8 else { return false }
        return stopWordShare >= 0.2 || (endsSentence && words >= 15)
    }

    /// A byline: "By …" in the languages Byline meets, short.
    var isBylineLike: Bool {
        let lower = text.lowercased()
        return length < 120 && (lower.hasPrefix("by ") || lower.hasPrefix("von ") || lower.hasPrefix("por ") || lower.hasPrefix("par "))
    }

    /// A date or a "Published …" line: mostly digits, or opening with such a word.
    var isDateLike: Bool {
        let digits = text.filter(\.isNumber).count
        return length < 80 && digits * 4 >= length
            || ["published", "updated", "posted", "last updated", "veröffentlicht", "aktualisiert"].contains { text.lowercased().hasPrefix($0) }
    }

    /// Could be a short part of an article (a sub-heading, a one-line paragraph).
    var mayBeArticle: Bool {
        !startsLikeItem && length >= 12 && (words >= 3 || ideographs >= 6)
    }

    /// Starts with a bullet, a box, or a bracketed link or image.
    static func startsLikeItem(_ text: String) -> Bool {
        text.hasPrefix("[") || itemMarkers.contains { text.hasPrefix($0) }
    }

    private static let itemMarkers = ["•", "□ ", "■ ", "* ", "- ", "> ", "· ", "○ ", "▶ ", "» ", "› "]

    static func endsLikeSentence(_ text: String) -> Bool {
        text.unicodeScalars.last.map { ".!?\"'”’。！？」』)".unicodeScalars.contains($0) } ?? false
    }

    /// Takes two character cells in a text browser's layout: East Asian wide characters.
    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
            0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6:
            true
        default: false
        }
    }

    private static func isIdeographic(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0E00...0x0EFF, 0x1000...0x109F, 0x1780...0x17FF, 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xAC00...0xD7AF, 0xF900...0xFAFF:
            true
        default: false
        }
    }
}
