import SeededRandom

/// Wire pages with known versions, for the grouping tests: each base story is filed
/// again as an update with added paragraphs (`(LEAD)`), as the same copy under another
/// credit with one paragraph edited, and as a re-save with a corrected headline and
/// other page furniture; beside them stand decoys that must stay apart: a story with
/// nearly the same headline and other text, and another agency's report of the same
/// event that shares one sentence.
struct VersionCorpus {
    struct Page {
        let name: String
        let text: String
        /// The base story the page is a version of; decoys have their own.
        let group: Int
    }

    let stories: Int
    let seed: UInt64

    func pages() -> [Page] {
        var random = SplitMix64(seed: seed)
        let words = Self.vocabulary(&random)
        var pages: [Page] = []
        for story in 0..<stories {
            let day = 3 + story % 4
            let headline = "Harbour council \(words[story % words.count]) plan number \(story)"
            let paragraphs = (0..<(5 + random.next(below: 4))).map { _ in Self.paragraph(&random, words) }
            let group = story
            pages.append(Page(name: "s\(story)-first.txt", text: page(headline, "PTI", day, paragraphs), group: group))
            let update = paragraphs + [Self.paragraph(&random, words), Self.paragraph(&random, words)]
            pages.append(Page(name: "s\(story)-lead.txt", text: page("(LEAD) " + headline, "PTI", day, update), group: group))
            var edited = paragraphs
            edited[random.next(below: edited.count)] = Self.paragraph(&random, words)
            pages.append(Page(name: "s\(story)-copy.txt", text: page(headline, "IANS", day, edited), group: group))
            pages.append(
                Page(
                    name: "s\(story)-resave.txt", text: page(headline + ", officials say", "PTI", day + 1, paragraphs, furniture: true),
                    group: group))
            // Decoys: the same headline but another story, and the same event in other words.
            pages.append(
                Page(
                    name: "s\(story)-namesake.txt", text: page(headline + " again", "AFP", day, (0..<6).map { _ in Self.paragraph(&random, words) }),
                    group: stories + 2 * story))
            var otherWords = (0..<6).map { _ in Self.paragraph(&random, words) }
            otherWords[2] = paragraphs[0].split(separator: ".").first.map { String($0) + "." } ?? otherWords[2]
            pages.append(Page(name: "s\(story)-other-agency.txt", text: page(headline, "Reuters", day, otherWords), group: stories + 2 * story + 1))
        }
        return pages
    }

    private func page(_ headline: String, _ agency: String, _ day: Int, _ paragraphs: [String], furniture: Bool = false) -> String {
        var text = "\(headline)\n\nby \(agency) |\n\n"
        if furniture { text += "Advertisement\n\nShare this story\n\n" }
        text += "Porto Vale, Jan \(day) (\(agency)) " + paragraphs.joined(separator: "\n\n") + "\n\n--\(agency)\n\nLatest News\n"
        text += "A story elsewhere on the site Sat, Jan 0\(day), 2026, 0\(furniture ? 9 : 8):15 PM\n"
        return text
    }

    /// Made-up words, enough that unrelated texts share almost no four-word run.
    private static func vocabulary(_ random: inout SplitMix64) -> [String] {
        let syllables = ["ka", "lo", "mi", "ren", "tas", "vo", "qui", "sel", "dor", "pa", "nu", "bri", "fen", "gal", "hor", "jun", "mar", "ost", "pel", "zin"]
        return (0..<3000).map { _ in (0..<(2 + random.next(below: 2))).map { _ in syllables[random.next(below: syllables.count)] }.joined() }
    }

    private static func paragraph(_ random: inout SplitMix64, _ words: [String]) -> String {
        (0..<(2 + random.next(below: 2))).map { _ in
            let sentence = (0..<(9 + random.next(below: 8))).map { _ in words[random.next(below: words.count)] }.joined(separator: " ")
            return sentence.prefix(1).uppercased() + sentence.dropFirst() + "."
        }.joined(separator: " ")
    }
}
